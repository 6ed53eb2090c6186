package org.qualityguard.risk;

/** Why a lot was (or was not) chosen for inspection; the order is the order in which capacity is filled. */
public enum SelectionReason {
    /** Drawn in the stratified random share: keeps the engine honest and estimates the true non-compliance rate. */
    EXPLORATION,
    /** The lot's cell carries a confirmed orange or red warning, or its stream is discontinued: inspect all. */
    MANDATORY_WARNING,
    /** The consignee × heading stream is discontinued under GB/T 2828.1: every lot is inspected until reinstated. */
    MANDATORY_DISCONTINUED,
    /** The HS code is on the configured mandatory (legal-inspection) list. */
    MANDATORY_LIST,
    /**
     * The lot's cell carries an unconfirmed blue or yellow warning: a share of its lots is inspected to confirm or
     * clear the suspicion quickly, rather than waiting for the score to catch up.
     */
    WARNING_FOLLOW_UP,
    /**
     * A busy watched cell (origin × heading, consignee) has had no inspected lot for a while: its best lot is
     * inspected so that a change there cannot go unseen.
     */
    SURVEILLANCE,
    /** Chosen for its expected finding (probability × hazard severity × switching intensity). */
    RISK,
    /** Released without inspection. */
    NOT_SELECTED;

    public boolean mandatory() {
        return this == MANDATORY_WARNING || this == MANDATORY_DISCONTINUED || this == MANDATORY_LIST;
    }

    public boolean inspect() {
        return this != NOT_SELECTED;
    }
}
