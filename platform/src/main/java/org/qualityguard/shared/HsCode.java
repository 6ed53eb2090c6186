package org.qualityguard.shared;

import java.util.Optional;

/**
 * A Harmonized System commodity code as China declares it: 6 digits (the international subheading), 8 (the
 * Chinese tariff line) or 10 (the statistical and supervision line). A 13-digit declaration code carries the
 * 3-digit CIQ supervision suffix after the 10-digit code; it is split off, since every rule that judges a lot
 * judges it by its HS code.
 *
 * <p>The chapter (first two digits) must be one of the Harmonized System's: 01 to 97, without 77, which the World
 * Customs Organization reserves for future use. 98 and 99 are left to national use, and China's tariff has none.
 */
public record HsCode(String value) {

    private static final int CIQ_DECLARATION_LENGTH = 13;

    public HsCode {
        Optional<Violation> violation = check(value);
        if (violation.isPresent()) {
            throw new InvalidCodeException(violation.get());
        }
    }

    /** Reads a code as people write it: dots and blanks between digits are dropped, a CIQ suffix split off. */
    public static HsCode parse(String raw) {
        String digits = normalise(raw);
        return new HsCode(digits != null && digits.length() == CIQ_DECLARATION_LENGTH
                && check(digits.substring(0, 10)).isEmpty() ? digits.substring(0, 10) : digits);
    }

    /** Why a raw code cannot be read as an HS code (after the same normalisation as {@link #parse}), if it cannot. */
    public static Optional<Violation> checkRaw(String raw) {
        String digits = normalise(raw);
        if (digits != null && digits.length() == CIQ_DECLARATION_LENGTH) {
            return check(digits.substring(0, 10));
        }
        return check(digits);
    }

    private static String normalise(String raw) {
        return raw == null ? null : raw.strip().replace(".", "").replace(" ", "");
    }

    static Optional<Violation> check(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.of(new Violation("E1001", "code.required"));
        }
        if (!code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(new Violation("E1042", "hsCode.character", code));
        }
        int length = code.length();
        if (length != 6 && length != 8 && length != 10) {
            return Optional.of(new Violation("E1040", "hsCode.length", code, length));
        }
        int chapter = Integer.parseInt(code.substring(0, 2));
        if (chapter < 1 || chapter > 97 || chapter == 77) {
            return Optional.of(new Violation("E1041", "hsCode.chapter", code, code.substring(0, 2)));
        }
        return Optional.empty();
    }

    public String chapter() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
