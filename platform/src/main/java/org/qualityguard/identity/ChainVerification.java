package org.qualityguard.identity;

/**
 * The outcome of walking the audit chain from its first entry: how many entries were checked and, when the chain
 * is broken, the first entry at which it breaks and why.
 */
public record ChainVerification(long entriesChecked, boolean intact, Long brokenAtId, String reason) {

    static ChainVerification intact(long checked) {
        return new ChainVerification(checked, true, null, null);
    }

    static ChainVerification brokenAt(long checked, long id, String reason) {
        return new ChainVerification(checked, false, id, reason);
    }
}
