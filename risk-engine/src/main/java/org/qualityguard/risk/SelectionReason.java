package org.qualityguard.risk;

/** Why a lot was (or was not) chosen for inspection; the order is the order in which capacity is filled. */
public enum SelectionReason {
    /** Drawn in the stratified random share: keeps the engine honest and estimates the true non-compliance rate. */
    EXPLORATION,
    /** The lot's cell carries a confirmed orange or red warning, or its stream is discontinued: inspect all. */
    MANDATORY_WARNING,
    /** The HS code is on the configured mandatory (legal-inspection) list. */
    MANDATORY_LIST,
    /** Chosen for its expected finding (probability × hazard severity × switching intensity). */
    RISK,
    /** Released without inspection. */
    NOT_SELECTED;

    public boolean inspect() {
        return this != NOT_SELECTED;
    }
}
