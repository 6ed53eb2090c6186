package org.qualityguard.sampling.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.qualityguard.enterprise.EnterpriseCard;
import org.qualityguard.enterprise.EnterpriseDirectory;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.power.PowerRefused;
import org.qualityguard.sampling.Samples;
import org.qualityguard.sampling.domain.Verdicts;
import org.qualityguard.sampling.persistence.SampleStore;
import org.qualityguard.shared.BusinessTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo's samples (marked 演示), taken once through the real use cases by 南京市's first demo inspector at the
 * city's demo food producers, with results entered by the province's demo administrator: one of each stage —
 * conforming and published, failed and published after its window, failed within its window, failed with an
 * objection pending, and one at the laboratory. An installation whose catalogue lacks the food-sampling item (an
 * older demo) gets none, and says so.
 */
@Component
@Order(7)
@ConditionalOnProperty(name = "qualityguard.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoSamples implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSamples.class);
    private static final String SAMPLER = "nanjing.inspector1";
    private static final String LABORATORY = "admin";
    private static final String LAB_NAME = "南京市产品质量监督检验院（演示）";
    private static final String MILK = "生乳、巴氏杀菌乳、灭菌乳、调制乳、发酵乳";

    /** One demo sample: what, its results, how many days ago it was sampled and tested, and whether it is objected to. */
    private record Plan(String category, String appliesTo, String product, String brand, String item, String standard,
                        String value, String unit, int sampledDaysAgo, Integer testedDaysAgo, boolean objected) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("01.0", MILK, "纯牛奶", "演示牌", "铅(以Pb计)", "GB 2762", "0.01", "mg/kg", 40, 28, false),
            new Plan("01.0", MILK, "调制乳", "演示乳业", "铅(以Pb计)", "GB 2762", "0.05", "mg/kg", 45, 30, false),
            new Plan("06.0", "稻谷、糙米、大米", "大米", "演示粮油", "镉(以Cd计)", "GB 2762", "0.1", "mg/kg", 25, 12, false),
            new Plan("12.0", "酱油", "酿造酱油", "演示酱园", "苯甲酸及其钠盐(以苯甲酸计)", "GB 2760", "1.6", "g/kg", 8, 2,
                    false),
            new Plan("04.0", "叶菜类蔬菜", "小白菜", null, "克百威", "GB 2763", "0.05", "mg/kg", 10, 5, true),
            new Plan("01.0", MILK, "酸奶", "演示乳业", "铅(以Pb计)", "GB 2762", null, "mg/kg", 1, null, false));

    private final Samples samples;
    private final SampleStore store;
    private final EnterpriseDirectory enterprises;
    private final UserDetailsService users;
    private final BusinessTime time;

    DemoSamples(Samples samples, SampleStore store, EnterpriseDirectory enterprises, UserDetailsService users,
                BusinessTime time) {
        this.samples = samples;
        this.store = store;
        this.enterprises = enterprises;
        this.users = users;
        this.time = time;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.anyDemo()) {
            return;
        }
        StaffUser sampler = (StaffUser) users.loadUserByUsername(SAMPLER);
        StaffUser laboratory = (StaffUser) users.loadUserByUsername(LABORATORY);
        List<EnterpriseCard> producers = new ArrayList<>();
        enterprises.forEachWithin(sampler.scope(), e -> {
            if (e.foodProducer() && producers.size() < PLANS.size()) {
                producers.add(e);
            }
        });
        if (producers.isEmpty()) {
            return;
        }
        LocalDate today = time.today();
        try {
            for (int i = 0; i < PLANS.size(); i++) {
                Plan p = PLANS.get(i);
                EnterpriseCard at = producers.get(i % producers.size());
                String no = "DEMO-CJ" + today.getYear() + "-" + String.format("%04d", i + 1);
                samples.takeDemo(sampler, new Samples.TakeSample(no, at.creditCode(), p.category(), p.appliesTo(),
                        p.product(), p.brand(), "500g/袋", "DEMO" + (20260 + i), today.minusDays(p.sampledDaysAgo() + 20),
                        today.minusDays(p.sampledDaysAgo()), at.name() + "（演示）门店", LAB_NAME));
                if (p.testedDaysAgo() == null) {
                    continue;
                }
                Verdicts.Measurement m = new Verdicts.Measurement(p.standard(), p.item(),
                        p.value() == null ? null : new BigDecimal(p.value()), p.unit());
                LocalDate tested = today.minusDays(p.testedDaysAgo());
                samples.enterResults(laboratory, no, List.of(m), tested);
                if (p.objected()) {
                    samples.lodgeObjection(sampler, no, tested.plusDays(1), "企业对检验结论有异议，申请复检（演示）");
                }
            }
        } catch (PowerRefused refused) {
            LOG.warn("demo samples skipped: the food-sampling power item is not published ({})",
                    refused.getMessage());
            return;
        }
        LOG.info("demo samples: {} taken, {} results published", PLANS.size(), samples.publishDue().size());
    }
}
