package org.qualityguard.identity;

import java.time.Instant;

/**
 * The head of the audit chain as it was written, signed, to a file outside the database: the last entry's id and
 * MAC at that time. An entry so recorded must still be on the trail with that MAC.
 */
public record AuditCheckpoint(Instant at, long lastId, String lastMac) {
}
