package org.qualityguard.identity;

/**
 * The outcome of walking the audit chain from its first entry: how many entries were checked and, when the chain
 * is broken, the first entry at which it breaks and why; and the latest checkpoint of the chain's head kept outside
 * the database, against which the trail was also checked (null before the first).
 */
public record ChainVerification(long entriesChecked, boolean intact, Long brokenAtId, String reason,
                                AuditCheckpoint latestCheckpoint) {

    static ChainVerification intact(long checked, AuditCheckpoint latest) {
        return new ChainVerification(checked, true, null, null, latest);
    }

    static ChainVerification brokenAt(long checked, long id, String reason, AuditCheckpoint latest) {
        return new ChainVerification(checked, false, id, reason, latest);
    }
}
