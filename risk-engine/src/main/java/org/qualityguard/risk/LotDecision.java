package org.qualityguard.risk;

/**
 * The engine's answer for one lot declared on its own (the single window asks lot by lot). It carries everything the
 * selection was made from, so that a stored decision can be checked later without the engine's state of that moment:
 * the probability is the model's coefficients (version {@code modelVersion}) applied to {@code basis().features()},
 * the priority is that probability times {@code priorityFactor}, the exploration draw follows from the lot id and the
 * day's {@link DrawKey}, and the risk share is everything at or above {@code threshold}.
 *
 * @param threshold        the bureau's running priority threshold when the lot was decided (the quantile of its recent
 *                         unclaimed lots that fills the capacity left after exploration, mandatory lots and follow-ups)
 * @param explorationDraw  the lot's uniform draw in [0, 1) from its id and the key ({@link DrawKey#exploration})
 * @param capacityShare    the share of its lots the bureau may inspect
 * @param explorationShare the chance every lot had of being drawn for exploration (exploration share × capacity)
 * @param priorityFactor   priority ÷ probability: hazard severity, switching intensity and warning evidence
 */
public record LotDecision(Lot lot, SelectionReason reason, double priority, double threshold, double explorationDraw,
                          double capacityShare, double explorationShare, double priorityFactor, int modelVersion,
                          DecisionBasis basis) {

    public boolean inspect() {
        return reason.inspect();
    }

    public double probability() {
        return basis.probability();
    }
}
