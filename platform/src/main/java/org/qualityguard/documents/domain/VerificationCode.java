package org.qualityguard.documents.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A document's verification code: 16 characters of Crockford's base32 (80 random bits from {@link SecureRandom}, no
 * I, L, O or U), printed in groups of four (7K3M-…). Unguessable, so the public check cannot be walked; read back
 * forgivingly (lower case, spaces and hyphens, O for 0 and I or L for 1), as a person types what they read.
 */
public final class VerificationCode {

    public static final int LENGTH = 16;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as printed: four groups of four joined by hyphens. */
    public static String display(String code) {
        return String.join("-", code.substring(0, 4), code.substring(4, 8), code.substring(8, 12),
                code.substring(12, 16));
    }

    /** The stored form of what a person typed, or empty when it cannot be a code at all. */
    public static Optional<String> read(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }
}
