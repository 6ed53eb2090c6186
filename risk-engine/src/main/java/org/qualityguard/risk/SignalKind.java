package org.qualityguard.risk;

/** Where a piece of outside evidence about a cell comes from. Each kind is its own line of the scorecard. */
public enum SignalKind {
    /** a partner agency (another country's authority, a port, a customs service) notified a finding or a rejection */
    PARTNER_NOTIFICATION,
    /** a consumer complaint about the goods, the consignee or the manufacturer */
    CONSUMER_COMPLAINT,
    /** another bureau's inspection or sampling result, e.g. a failed lot of the same flow at another port */
    OTHER_BUREAU_RESULT
}
