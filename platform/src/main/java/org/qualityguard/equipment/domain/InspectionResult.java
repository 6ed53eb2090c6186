package org.qualityguard.equipment.domain;

import java.util.Optional;

/** The conclusion of a periodic inspection (定期检验结论). */
public enum InspectionResult {
    /** 合格: may be used until the next due date. */
    PASS("合格"),
    /** 不合格: may not be used; a re-inspection is due at once. */
    FAIL("不合格");

    private final String chineseName;

    InspectionResult(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Optional<InspectionResult> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (InspectionResult r : values()) {
            if (r.name().equalsIgnoreCase(t) || r.chineseName.equals(t)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
