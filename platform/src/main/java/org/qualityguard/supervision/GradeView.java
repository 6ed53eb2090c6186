package org.qualityguard.supervision;

import java.time.Instant;
import java.util.List;

/**
 * An enterprise's current grade in one regime and why: the table version, the points of each part and each rule
 * that added points. {@code grade} differs from {@code computedGrade} when an analyst overrode it.
 */
public record GradeView(String creditCode, String regime, String grade, String computedGrade, int tableVersion,
                        int staticPoints, int dynamicPoints, List<Reason> reasons, String overrideReason,
                        String overriddenBy, Instant gradedAt) {

    public int total() {
        return staticPoints + dynamicPoints;
    }

    public boolean overridden() {
        return overrideReason != null;
    }

    /** One rule that added points: its part (STATIC / DYNAMIC), factor, value, label and points. */
    public record Reason(String part, String factor, String value, String label, int points) {
    }
}
