package org.qualityguard.risk;

/**
 * The class of hazard found in a failed lot.
 *
 * <p>The default severity weights are all 1 so that, out of the box, targeting maximises the number of findings; a
 * bureau that values a microbiological finding above a labelling one configures
 * {@link RiskEngineConfig#severityWeights()} instead of editing this enum.
 */
public enum Hazard {
    MICROBIOLOGICAL, PESTICIDE_RESIDUE, VETERINARY_DRUG, HEAVY_METAL, ADDITIVE, LABELLING, QUALITY, QUARANTINE_PEST, OTHER;

    private static final Hazard[] VALUES = values();

    public static Hazard ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
