package org.qualityguard.identity;

import java.util.Map;

import org.qualityguard.shared.DivisionCode;

/**
 * One decision or change to put on the audit trail: who did what to which thing, in which division, and the state
 * before and after (null where there is none, e.g. before a creation).
 */
public record AuditRecord(String actor, String action, String subjectType, String subjectId, DivisionCode division,
                          Map<String, ?> before, Map<String, ?> after) {

    public static AuditRecord of(StaffUser actor, String action, String subjectType, String subjectId,
                                 DivisionCode division, Map<String, ?> before, Map<String, ?> after) {
        return new AuditRecord(actor.getUsername(), action, subjectType, subjectId, division, before, after);
    }
}
