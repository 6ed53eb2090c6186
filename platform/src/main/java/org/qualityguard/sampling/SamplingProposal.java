package org.qualityguard.sampling;

import java.util.List;

/**
 * A category proposed for sampling because its complaints rose above its baseline: the count in the window, what the
 * baseline expected, the test's p-value, the clusters among them (same barcode; same brand) and the complaints behind
 * it.
 */
public record SamplingProposal(String category, long observed, double expected, double pValue,
                               List<Cluster> clusters, List<ComplaintView> complaints) {

    /** Complaints of the window that share a barcode or a brand within the category. */
    public record Cluster(String kind, String key, int count) {
    }
}
