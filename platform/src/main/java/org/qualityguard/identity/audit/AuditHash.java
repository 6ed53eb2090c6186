package org.qualityguard.identity.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The MAC that links an audit entry to the previous one: HMAC-SHA256, under a key kept outside the database, over
 * the previous entry's MAC and every stored field, each field preceded by its length so that no two different
 * entries can produce the same input. Without the key nobody can compute it, so an entry changed in the database
 * and its chain recomputed no longer verify, whatever privileges the changer had there.
 *
 * <p>Before the key, the chain was plain SHA-256 over the same input ({@link #legacySha256}), which anyone who can
 * write the table can recompute; it is kept only to check such a chain before it is sealed under the key.
 */
public final class AuditHash {

    public static final String GENESIS = "0".repeat(64);
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> mac;

    public AuditHash(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("The audit key must be at least 32 bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.mac = ThreadLocal.withInitial(this::newMac);
    }

    /** The MAC of an entry. */
    public String of(String previousHash, long id, Instant occurredAt, String actor, String action,
                     String subjectType, String subjectId, String divisionCode, String before, String after) {
        return sign(input(previousHash, id, occurredAt, actor, action, subjectType, subjectId, divisionCode, before,
                after));
    }

    /** The MAC of a text under the audit key (a checkpoint's line). */
    public String sign(String text) {
        return HexFormat.of().formatHex(mac.get().doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The keyless SHA-256 of an entry, as chains were linked before the key. */
    public static String legacySha256(String previousHash, long id, Instant occurredAt, String actor, String action,
                                      String subjectType, String subjectId, String divisionCode, String before,
                                      String after) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(input(previousHash, id, occurredAt, actor, action, subjectType,
                    subjectId, divisionCode, before, after).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static String input(String previousHash, long id, Instant occurredAt, String actor, String action,
                                String subjectType, String subjectId, String divisionCode, String before,
                                String after) {
        StringBuilder in = new StringBuilder(256);
        for (String field : new String[] {previousHash, Long.toString(id), occurredAt.toString(), actor, action,
                subjectType, subjectId, divisionCode, before, after}) {
            if (field == null) {
                in.append("-1:");
            } else {
                in.append(field.length()).append(':').append(field);
            }
        }
        return in.toString();
    }

    private Mac newMac() {
        try {
            Mac m = Mac.getInstance(ALGORITHM);
            m.init(key);
            return m;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", e);
        }
    }
}
