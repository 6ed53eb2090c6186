package org.qualityguard.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.qualityguard.shared.AccessRefusedException;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.Violation;
import org.springframework.stereotype.Component;

/**
 * Decides who may do what, in one place: an act needs a role that holds its {@link Permission}, and an act on
 * data of a division needs the actor's division to be that division or one containing it (province reference data
 * is changed at the province; a warning whose evidence spans two cities is decided at the province). Every refusal
 * goes on the audit trail, in a transaction of its own so that it stays when the refused request rolls back.
 */
@Component
public class AccessPolicy {

    /** The action of every refusal on the audit trail, whatever refused it. */
    public static final String REFUSED = "ACCESS_DENIED";

    private final AuditTrail audit;

    AccessPolicy(AuditTrail audit) {
        this.audit = audit;
    }

    /** Whether one of the user's roles holds the permission; for showing only what would be accepted. */
    public boolean holds(StaffUser user, Permission permission) {
        return permission.holders().stream().anyMatch(user.roles()::contains);
    }

    /** Whether the user holds the permission for data of the given division. */
    public boolean holdsAt(StaffUser user, Permission permission, DivisionCode dataDivision) {
        return holds(user, permission) && user.scope().includes(dataDivision);
    }

    /** Refuses (E9003, audited) a user none of whose roles holds the permission. */
    public void require(StaffUser user, Permission permission) {
        if (!holds(user, permission)) {
            throw refused(user, permission, null, new Violation("E9003", "access.forbidden"));
        }
    }

    /**
     * Refuses a user who lacks the permission (E9003), or whose division does not contain the data's division
     * (E9030: a county administrator and the province's scoring tables); both audited.
     */
    public void requireAt(StaffUser user, Permission permission, DivisionCode dataDivision) {
        require(user, permission);
        if (!user.scope().includes(dataDivision)) {
            throw refused(user, permission, dataDivision,
                    new Violation("E9030", "access.level", dataDivision.value(), user.division().value()));
        }
    }

    /**
     * Whether a request that names a division (a list filtered to a county, a bureau) stays within the user's own.
     * One that does not is still answered as scoping always answers it (an empty list, not found), but goes on the
     * trail, so that a probe of another city is seen rather than silently narrowed.
     */
    public boolean auditedWithin(StaffUser user, DivisionCode asked, String what) {
        if (user.scope().includes(asked)) {
            return true;
        }
        record(user, what, asked.value(), asked, Map.of("filter", asked.value()));
        return false;
    }

    /**
     * Puts a refusal that answers "not found" on the trail (another division's record asked for by id), so that
     * the trail tells apart what the caller is not told.
     */
    public void recordRefusal(StaffUser user, String subjectType, String subjectId, DivisionCode division,
                              Map<String, ?> asked) {
        record(user, subjectType, subjectId, division, asked);
    }

    private AccessRefusedException refused(StaffUser user, Permission permission, DivisionCode dataDivision,
                                           Violation violation) {
        Map<String, Object> asked = new LinkedHashMap<>();
        asked.put("permission", permission.name());
        asked.put("roles", user.roles().stream().map(Role::name).sorted().toList());
        if (dataDivision != null) {
            asked.put("dataDivision", dataDivision.value());
        }
        record(user, "permission", permission.name(), dataDivision == null ? user.division() : dataDivision, asked);
        return new AccessRefusedException(violation, user + " lacks " + permission
                + (dataDivision == null ? "" : " at " + dataDivision));
    }

    private void record(StaffUser user, String subjectType, String subjectId, DivisionCode division,
                        Map<String, ?> asked) {
        Map<String, Object> after = new LinkedHashMap<>(asked);
        after.put("actorDivision", user.division().value());
        audit.recordRefusal(AuditRecord.of(user, REFUSED, subjectType, subjectId, division, null, after));
    }
}
