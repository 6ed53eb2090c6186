package org.qualityguard.sampling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.sampling.domain.ComplaintSurge;
import org.qualityguard.sampling.persistence.ComplaintStore;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.DivisionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which categories the complaints propose for sampling: each category's complaints of the last two weeks are
 * counted against its own trailing baseline ({@link ComplaintSurge}); a category that rises is proposed with its
 * clusters and the complaints behind it. A complaint counts in the category staff gave it, or else in the one the
 * classifier suggested, so that a rise is seen before every complaint is reviewed.
 */
@Service
public class SamplingProposals {

    static final DivisionScope EVERYWHERE = new DivisionScope(null, "");

    private final ComplaintStore complaints;
    private final AccessPolicy access;
    private final BusinessTime time;
    private final ComplaintSurge surge = ComplaintSurge.standard();

    SamplingProposals(ComplaintStore complaints, AccessPolicy access, BusinessTime time) {
        this.complaints = complaints;
        this.access = access;
        this.time = time;
    }

    /** The proposals from the complaints of the reader's division, strongest rise first. */
    @Transactional(readOnly = true)
    public List<SamplingProposal> proposals(StaffUser reader) {
        access.require(reader, Permission.READ_COMPLAINTS);
        return proposals(reader.scope(), time.today());
    }

    public ComplaintSurge surge() {
        return surge;
    }

    /** Whether the category is proposed from the complaints of the whole platform, today. */
    public boolean isProposedAnywhere(String category) {
        return proposals(EVERYWHERE, time.today()).stream().anyMatch(p -> p.category().equals(category));
    }

    List<SamplingProposal> proposals(DivisionScope scope, LocalDate today) {
        List<ComplaintView> all = complaints.submittedBetween(scope, surge.baselineStart(today), today);
        Map<String, List<ComplaintView>> window = new LinkedHashMap<>();
        Map<String, Long> baseline = new LinkedHashMap<>();
        for (ComplaintView c : all) {
            String category = c.effectiveCategory();
            if (category == null) {
                continue;
            }
            if (surge.inWindow(c.submittedOn(), today)) {
                window.computeIfAbsent(category, k -> new ArrayList<>()).add(c);
            } else if (surge.inBaseline(c.submittedOn(), today)) {
                baseline.merge(category, 1L, Long::sum);
            }
        }
        List<SamplingProposal> proposals = new ArrayList<>();
        window.forEach((category, recent) -> {
            ComplaintSurge.Result r = surge.test(recent.size(), baseline.getOrDefault(category, 0L));
            if (r.rising()) {
                List<SamplingProposal.Cluster> clusters = new ArrayList<>();
                clusters.addAll(clusters("barcode", recent, ComplaintView::barcode));
                clusters.addAll(clusters("brand", recent, ComplaintView::brand));
                List<ComplaintView> behind = recent.stream()
                        .sorted(Comparator.comparing(ComplaintView::submittedAt).reversed()).toList();
                proposals.add(new SamplingProposal(category, r.observed(), r.expected(), r.pValue(), clusters, behind));
            }
        });
        proposals.sort(Comparator.comparingDouble(SamplingProposal::pValue)
                .thenComparing(SamplingProposal::category));
        return proposals;
    }

    /** Groups of at least two complaints sharing the key, largest first. */
    private static List<SamplingProposal.Cluster> clusters(String kind, List<ComplaintView> recent,
                                                          Function<ComplaintView, String> key) {
        return recent.stream().filter(c -> key.apply(c) != null)
                .collect(Collectors.groupingBy(key, Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() >= 2)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new SamplingProposal.Cluster(kind, e.getKey(), e.getValue().intValue())).toList();
    }
}
