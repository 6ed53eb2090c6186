package org.qualityguard.sampling.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;

import org.qualityguard.identity.Division;
import org.qualityguard.identity.Divisions;
import org.qualityguard.sampling.ComplaintClassification;
import org.qualityguard.sampling.domain.ComplaintClassifier;
import org.qualityguard.sampling.domain.ComplaintStatus;
import org.qualityguard.sampling.domain.ComplaintText;
import org.qualityguard.sampling.domain.TrackingCode;
import org.qualityguard.sampling.persistence.ComplaintStore;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.DivisionLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's complaints ({@link DemoComplaintSet}, marked 演示), loaded once: those not held back as labelled by a
 * reviewer (演示审核员), the held-back fifth left for review with the suggestion of the classifier trained on the
 * others, over the last 70 days and the counties of the province, with the milk brand's run in the last two weeks.
 */
@Component
@Order(6)
@ConditionalOnProperty(name = "qualityguard.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoSampling implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSampling.class);
    static final String REVIEWER = "演示审核员";

    private final ComplaintStore complaints;
    private final ComplaintClassification classification;
    private final Divisions divisions;
    private final BusinessTime time;

    DemoSampling(ComplaintStore complaints, ComplaintClassification classification, Divisions divisions,
                 BusinessTime time) {
        this.complaints = complaints;
        this.classification = classification;
        this.divisions = divisions;
        this.time = time;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (complaints.demoCount() > 0) {
            return;
        }
        List<DemoComplaintSet.DemoComplaint> set = DemoComplaintSet.demo();
        ComplaintClassifier trained = ComplaintClassifier.train(set.stream().filter(c -> !c.heldBack())
                .map(c -> new ComplaintClassifier.Labelled(ComplaintText.of(c.productName(), c.brand(), c.problem()),
                        c.category())).toList());
        List<Division> counties = divisions.ofLevel(DivisionLevel.COUNTY);
        Random random = new Random(20261203L);
        LocalDate today = time.today();
        int n = 0;
        for (DemoComplaintSet.DemoComplaint c : set) {
            LocalDate day = DemoComplaintSet.dayOf(c, today);
            // the milk run is bought in Nanjing; the others anywhere in the province
            String division = c.barcode() != null ? "320102" : counties.get(random.nextInt(counties.size())).code().value();
            String number = "TS" + day.toString().replace("-", "") + "-" + String.format("9%05d", n++);
            var at = day.atTime(LocalTime.of(8 + random.nextInt(12), random.nextInt(60))).atZone(time.zone()).toInstant();
            long id = complaints.insert(new ComplaintStore.NewComplaint(number,
                    TrackingCode.hash(number, TrackingCode.newSecret()), c.productName(), blank(c.brand()),
                    c.barcode(), blank(c.shop()), division, c.problem(), null, true, at, day,
                    trained.classify(ComplaintText.of(c.productName(), c.brand(), c.problem())), trained.examples(),
                    true, c.heldBack()), List.of());
            if (!c.heldBack()) {
                complaints.classify(id, ComplaintStatus.WORKFLOW.edge(ComplaintStatus.REVIEW), c.category(), REVIEWER,
                        at.plusSeconds(3600));
            }
        }
        LOG.info("demo complaints: {} loaded, accuracy on the held-back fifth {}", set.size(),
                String.format("%.3f", trained.accuracyOn(DemoComplaintSet.heldBack(set))));
        classification.retrain();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
