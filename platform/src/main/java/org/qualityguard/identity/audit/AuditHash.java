package org.qualityguard.identity.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash that links an audit entry to the previous one: SHA-256 over the previous hash and every stored field,
 * each field preceded by its length so that no two different entries can produce the same input.
 */
public final class AuditHash {

    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(String previousHash, long id, Instant occurredAt, String actor, String action,
                            String subjectType, String subjectId, String divisionCode, String before, String after) {
        StringBuilder in = new StringBuilder(256);
        for (String field : new String[] {previousHash, Long.toString(id), occurredAt.toString(), actor, action,
                subjectType, subjectId, divisionCode, before, after}) {
            if (field == null) {
                in.append("-1:");
            } else {
                in.append(field.length()).append(':').append(field);
            }
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(in.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
