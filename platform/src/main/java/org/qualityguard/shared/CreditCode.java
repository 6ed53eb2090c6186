package org.qualityguard.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 18-character unified social credit code of GB 32100-2015: registration authority (1), organisation type (1),
 * GB/T 2260 division of registration (6), organisation code (9) and a check character (1), over an alphabet of
 * 31 characters that leaves out I, O, S, V and Z so that codes survive being read aloud and handwritten.
 *
 * <p>Characters 9–17 are the organisation code of GB 11714, which carries a check character of its own (the 17th):
 * a code whose 18th character was recomputed over a wrong organisation code passes GB 32100's check, but not this one.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    /** How a spreadsheet shows a long number in a cell formatted as a number (General): 9.13201E+17. */
    private static final Pattern SPREADSHEET_NUMBER = Pattern.compile("[0-9](\\.[0-9]+)?E\\+?[0-9]+");

    public CreditCode {
        Optional<Violation> violation = check(value);
        if (violation.isPresent()) {
            throw new InvalidCodeException(violation.get());
        }
    }

    /** Parses user input: surrounding blanks are ignored and lower-case letters accepted. */
    public static CreditCode parse(String raw) {
        return new CreditCode(normalise(raw));
    }

    public static String normalise(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    /** The GB/T 2260 division in which the enterprise was registered (characters 3–8). */
    public String registrationDivision() {
        return value.substring(2, 8);
    }

    /**
     * Why a (normalised) string is not a credit code, or empty when it is one. The reason names what is wrong so
     * that a clerk can correct a typing error without looking up the standard.
     */
    public static Optional<Violation> check(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.of(new Violation("E1001", "code.required"));
        }
        if (SPREADSHEET_NUMBER.matcher(code).matches()) {
            return Optional.of(new Violation("E1006", "creditCode.spreadsheetNumber", code));
        }
        if (code.length() != 18) {
            return Optional.of(new Violation("E1002", "creditCode.length", code.length()));
        }
        int sum = 0;
        for (int i = 0; i < 18; i++) {
            char c = code.charAt(i);
            int v = ALPHABET.indexOf(c);
            if (v < 0) {
                return Optional.of(unexpectedCharacter(c, i + 1));
            }
            if (i < 17) {
                sum += v * WEIGHTS[i];
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return Optional.of(new Violation("E1004", "creditCode.division", code.substring(2, 8)));
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return Optional.of(new Violation("E1005", "creditCode.checkCharacter", String.valueOf(code.charAt(17)),
                    String.valueOf(expected)));
        }
        char organisationCheck = organisationCheckCharacter(code.substring(8, 16));
        if (code.charAt(16) != organisationCheck) {
            return Optional.of(new Violation("E1008", "creditCode.organisationCheck", code.substring(8, 17),
                    String.valueOf(code.charAt(16)), String.valueOf(organisationCheck)));
        }
        return Optional.empty();
    }

    /** A full-width digit or letter (as Chinese input methods type them) is named with its half-width form. */
    private static Violation unexpectedCharacter(char c, int position) {
        boolean fullWidth = (c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A')
                || (c >= '\uFF41' && c <= '\uFF5A');
        return fullWidth
                ? new Violation("E1007", "creditCode.fullWidth", String.valueOf(c), position,
                        String.valueOf((char) (c - 0xFEE0)).toUpperCase(Locale.ROOT))
                : new Violation("E1003", "creditCode.character", String.valueOf(c), position);
    }

    /**
     * The GB 11714 check character of an eight-character organisation code body: digits count as themselves and
     * letters as A = 10 … Z = 35 (the standard's own values, not the credit code's alphabet positions).
     */
    static char organisationCheckCharacter(String body) {
        int sum = 0;
        for (int k = 0; k < 8; k++) {
            char c = body.charAt(k);
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * ORGANISATION_WEIGHTS[k];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** The GB 32100 check character for the first 17 characters (which must be from the alphabet). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * A valid code for demo and test data: a company registered with market regulation (9, 1) in the division,
     * whose organisation code is the eight-digit serial with its GB 11714 check character.
     */
    public static CreditCode synthetic(DivisionCode division, int serial) {
        if (serial < 10_000_000 || serial > 99_999_999) {
            throw new IllegalArgumentException("the serial must have eight digits: " + serial);
        }
        String body = Integer.toString(serial);
        String first17 = "91" + division.value() + body + organisationCheckCharacter(body);
        return new CreditCode(first17 + checkCharacter(first17));
    }

    @Override
    public String toString() {
        return value;
    }
}
