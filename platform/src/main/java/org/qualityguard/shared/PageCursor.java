package org.qualityguard.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page starts or ends in a sorted list: the sort key and id of the row next to it. Following "next" or
 * "previous" then seeks to that row in the index instead of counting past every row before it, so page 521 costs
 * what page 2 does. A cursor is only a bound inside the reader's own query, never a way around its scope.
 *
 * @param after true: the page holds the rows after this one ("next"); false: the rows before it ("previous")
 */
public record PageCursor(SortOrder sort, boolean after, String key, String id) {

    private static final String SEPARATOR = "\u0001";

    public String encode() {
        String raw = String.join(SEPARATOR, after ? "a" : "b", sort.key(), sort.direction(), key, id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor from a link; one that was cut or altered is no cursor, and the page is found by its number. */
    public static Optional<PageCursor> decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return Optional.empty();
        }
        try {
            String[] f = new String(Base64.getUrlDecoder().decode(encoded.strip()), StandardCharsets.UTF_8)
                    .split(SEPARATOR, -1);
            if (f.length != 5 || !(f[0].equals("a") || f[0].equals("b"))) {
                return Optional.empty();
            }
            return Optional.of(new PageCursor(SortOrder.parse(f[1], f[2]), f[0].equals("a"), f[3], f[4]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
