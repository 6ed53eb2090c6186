package org.qualityguard.enforcement.domain;

/**
 * The discretion band a decision applies (裁量阶次): mitigating (从轻、减轻: the item's 轻微), ordinary (一般), aggravating
 * (从重: 较重, 严重). The item's discretion standard names its circumstances in its own words; this reads them.
 */
public enum Band {
    MITIGATING, ORDINARY, AGGRAVATING;

    /** The band of an item's circumstance (轻微 → mitigating, 一般 → ordinary, 较重 or 严重 → aggravating). */
    public static Band of(String circumstance) {
        String c = circumstance == null ? "" : circumstance.strip();
        if (c.contains("轻")) {
            return MITIGATING;
        }
        if (c.contains("重")) {
            return AGGRAVATING;
        }
        return ORDINARY;
    }
}
