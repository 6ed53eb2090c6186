package org.qualityguard.shared;

import java.util.Optional;

/**
 * A product's barcode number as GS1 gives it: GTIN-13 (EAN-13, the barcode on Chinese retail goods, prefix 690–699
 * for China) or GTIN-8 (EAN-8, small packs). The last digit is a check digit: from the right, the digits before it
 * are weighted 3, 1, 3, 1, …, and the check digit brings the sum up to a multiple of ten (GS1 General
 * Specifications §7.9). A misread or mistyped digit is caught here, at the edge, before it can split one product's
 * complaints into two.
 */
public record Gtin(String value) {

    public Gtin {
        Optional<Violation> violation = check(value);
        if (violation.isPresent()) {
            throw new InvalidCodeException(violation.get());
        }
    }

    /** Reads a barcode number as people type it: blanks and hyphens between digits are dropped. */
    public static Gtin parse(String raw) {
        return new Gtin(normalise(raw));
    }

    /** Why a raw number cannot be read as a GTIN (after the same normalisation as {@link #parse}), if it cannot. */
    public static Optional<Violation> checkRaw(String raw) {
        return check(normalise(raw));
    }

    /** The check digit the digits before it call for. */
    public static int checkDigit(String body) {
        int sum = 0;
        for (int i = body.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (body.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10;
    }

    private static String normalise(String raw) {
        return raw == null ? null : raw.strip().replace(" ", "").replace("-", "");
    }

    private static Optional<Violation> check(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.of(new Violation("E1001", "code.required"));
        }
        if (!code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(new Violation("E1066", "gtin.character", code));
        }
        if (code.length() != 8 && code.length() != 13) {
            return Optional.of(new Violation("E1067", "gtin.length", code, code.length()));
        }
        int expected = checkDigit(code.substring(0, code.length() - 1));
        if (code.charAt(code.length() - 1) - '0' != expected) {
            return Optional.of(new Violation("E1068", "gtin.checkDigit", code, expected));
        }
        return Optional.empty();
    }
}
