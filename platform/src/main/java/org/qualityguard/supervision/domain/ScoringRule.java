package org.qualityguard.supervision.domain;

/**
 * One line of a scoring table. A rule with a value adds its points once when the enterprise's fact has that
 * value ({@code foodCategory = 29 → 20}); a rule whose value is {@code *} adds its points for each counted
 * occurrence, up to its cap ({@code majorFinding * → 5 each, at most 20}).
 *
 * @param cap the most this rule can add; 0 means no cap of its own (the part's cap still applies)
 */
public record ScoringRule(Part part, String factor, String value, int points, int cap, String label) {

    public static final String EACH = "*";

    public enum Part { STATIC, DYNAMIC }

    public boolean counted() {
        return EACH.equals(value);
    }
}
