package org.qualityguard.identity;

import java.time.Instant;

/** An entry as stored on the trail, with its place in the hash chain. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String subjectType,
                         String subjectId, String divisionCode, String beforeState, String afterState,
                         String previousHash, String hash) {
}
