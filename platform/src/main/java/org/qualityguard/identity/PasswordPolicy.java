package org.qualityguard.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.qualityguard.shared.Violation;

/**
 * What a staff password must be: long enough, not one that leaked password lists show people choose (the list ships
 * as {@code identity/common-passwords.txt} with its source), not one character or a short pattern repeated, and
 * not the username or built around it. Each rule names its own error, so the form says which one was broken.
 */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 10;
    /** A pattern this short repeated ("abab…", "123123…") is as guessable as the pattern itself. */
    private static final int LONGEST_REPEATED_PATTERN = 4;
    private static final String COMMON_PASSWORDS = "/identity/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    static PasswordPolicy withShippedList() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new PasswordPolicy(reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(String::strip).collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first rule the password breaks, if any. */
    Optional<Violation> check(String password, String username) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            return Optional.of(new Violation("E3012", "staff.password.length", MINIMUM_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of(new Violation("E3015", "staff.password.common"));
        }
        if (repeatsAShortPattern(lower)) {
            return Optional.of(new Violation("E3016", "staff.password.repetitive"));
        }
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && lower.contains(name)) {
            return Optional.of(new Violation("E3017", "staff.password.username"));
        }
        return Optional.empty();
    }

    private static boolean repeatsAShortPattern(String password) {
        for (int length = 1; length <= LONGEST_REPEATED_PATTERN; length++) {
            String pattern = password.substring(0, length);
            if (pattern.repeat(password.length() / length + 1).startsWith(password)) {
                return true;
            }
        }
        return false;
    }
}
