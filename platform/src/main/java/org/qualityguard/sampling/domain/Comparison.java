package org.qualityguard.sampling.domain;

import java.math.BigDecimal;

/**
 * How a measured value is held against a standard's limit: at most (≤, a maximum residue or contaminant limit),
 * below (&lt;), at least (≥, a minimum content of a product standard), or not to be detected (a pathogen in 25 g).
 * {@code symbol} is how the standards tables write it.
 */
public enum Comparison {
    AT_MOST("≤"), BELOW("<"), AT_LEAST("≥"), NOT_DETECTED("不得检出");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /**
     * Whether the measurement conforms; {@code measured} is {@code null} when it was not detected (below the
     * method's limit of detection), which conforms to every limit but a minimum content.
     */
    public boolean conforms(BigDecimal measured, BigDecimal limit) {
        return switch (this) {
            case NOT_DETECTED -> measured == null;
            case AT_MOST -> measured == null || measured.compareTo(limit) <= 0;
            case BELOW -> measured == null || measured.compareTo(limit) < 0;
            case AT_LEAST -> measured != null && measured.compareTo(limit) >= 0;
        };
    }

    /** Reads the symbol or the name: ≤, <=, <, ≥, >=, ND, 不得检出, or AT_MOST …; empty when it is none of them. */
    public static java.util.Optional<Comparison> parse(String raw) {
        if (raw == null) {
            return java.util.Optional.empty();
        }
        String s = raw.strip();
        for (Comparison c : values()) {
            if (c.symbol.equals(s) || c.name().equalsIgnoreCase(s)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.ofNullable(switch (s) {
            case "<=" -> AT_MOST;
            case ">=" -> AT_LEAST;
            case "ND", "未检出", "nd" -> NOT_DETECTED;
            default -> null;
        });
    }
}
