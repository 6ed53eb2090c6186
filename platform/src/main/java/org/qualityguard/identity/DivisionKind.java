package org.qualityguard.identity;

/** Where a division's code comes from: the administrative division standard, or statistics only. */
public enum DivisionKind {
    /** An administrative division of GB/T 2260, as the Ministry of Civil Affairs publishes it. */
    ADMINISTRATIVE,
    /**
     * A development zone or similar function zone that the National Bureau of Statistics codes like a county for
     * statistics (统计用区划代码, county digits 71–79); not a GB/T 2260 division.
     */
    STATISTICAL_FUNCTION_ZONE
}
