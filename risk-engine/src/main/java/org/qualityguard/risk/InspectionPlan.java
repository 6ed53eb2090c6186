package org.qualityguard.risk;

import java.util.List;

/**
 * The lots of one period with a decision for each. Reproducible: the same engine state, lots and seed give the same
 * plan, so any day's selection can be re-derived for an audit.
 *
 * @param mandatoryOverflow mandatory lots that did not fit in the capacity (a sign the capacity must be raised)
 */
public record InspectionPlan(List<Decision> decisions, int capacity, int mandatoryOverflow, long seed) {

    public InspectionPlan {
        decisions = List.copyOf(decisions);
    }

    public List<Decision> inspected() {
        return decisions.stream().filter(Decision::inspect).toList();
    }
}
