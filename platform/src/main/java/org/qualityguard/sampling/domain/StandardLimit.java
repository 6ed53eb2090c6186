package org.qualityguard.sampling.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the standards table: in standard {@code standardNo} (with its year, {@code GB 2762-2022}), the limit
 * of {@code item} for the foods or products it {@code appliesTo}, in {@code unit}, compared as {@code comparison};
 * in force from {@code effectiveFrom} until {@code effectiveUntil} (exclusive; open while {@code null}), when the
 * standard {@code replacedBy} takes over. {@code source} names the table of the standard the row was taken from.
 * Rows are versioned: an edit or an import writes a new version, and the latest version of a row is the one that
 * judges.
 */
public record StandardLimit(String standardNo, String item, String appliesTo, BigDecimal limit, String unit,
                            Comparison comparison, Status status, String replacedBy, LocalDate effectiveFrom,
                            LocalDate effectiveUntil, String source, int version) {

    public enum Status { CURRENT, REPLACED }

    /** Whether the standard was in force on the day (a sample is judged by the limits of its sampling date). */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveUntil == null || day.isBefore(effectiveUntil));
    }

    /** The standard's number without its year: {@code GB 2762-2022} belongs to {@code GB 2762}. */
    public String family() {
        return familyOf(standardNo);
    }

    public static String familyOf(String standardNo) {
        String s = standardNo.strip();
        int dash = s.lastIndexOf('-');
        return dash > 0 && s.substring(dash + 1).chars().allMatch(Character::isDigit) ? s.substring(0, dash) : s;
    }

    /** The key of a row across its versions. */
    public String key() {
        return standardNo + "|" + item + "|" + appliesTo;
    }
}
