package org.qualityguard.risk.switching;

/** What can happen to a stream's run of results that makes its inspection severity switch. */
public enum Trigger {
    /** Two of at most five consecutive inspected lots were rejected (GB/T 2828.1 §9.3.2). */
    TWO_OF_FIVE_REJECTED,
    /** Five consecutive lots accepted on tightened inspection (§9.3.3). */
    FIVE_CONSECUTIVE_ACCEPTED,
    /** Ten consecutive lots accepted on normal inspection, with steady supply (§9.3.4, simplified switching score). */
    TEN_CONSECUTIVE_ACCEPTED_STEADY,
    /** A lot rejected on reduced inspection (§9.3.3 a). */
    ONE_REJECTED,
    /** On reduced inspection, a result after more days without one than steady supply allows (§9.3.3 c). */
    SUPPLY_BECAME_IRREGULAR,
    /** The cumulative count of rejected lots on tightened inspection reached five (§9.4). */
    FIVE_REJECTED_WHILE_TIGHTENED,
    /** The supplier's corrective action was accepted by the bureau (§9.4): resume, tightened. */
    CORRECTIVE_ACTION_ACCEPTED
}
