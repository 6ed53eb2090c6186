package org.qualityguard.risk;

/**
 * The engine's decision for one lot of a plan. {@link RiskEngine#score(Lot)} gives the full scorecard on demand; the
 * plan keeps only the numbers so that planning ten thousand lots does not build ten thousand explanations.
 *
 * @param priority the expected finding used for ranking: probability × severity weight × switching intensity
 */
public record Decision(Lot lot, SelectionReason reason, double probability, double priority) {

    public boolean inspect() {
        return reason.inspect();
    }
}
