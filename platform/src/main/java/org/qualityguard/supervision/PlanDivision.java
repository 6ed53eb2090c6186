package org.qualityguard.supervision;

import java.util.Map;

import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.InvalidCodeException;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;

/**
 * The division a plan or a yearly re-grade is for. Divisions are public reference data, so one outside the
 * caller's own is refused with a field error that says so (E7202), and the attempt is audited.
 */
final class PlanDivision {

    private PlanDivision() {
    }

    static DivisionCode parse(String raw) {
        try {
            return DivisionCode.parse(raw);
        } catch (InvalidCodeException e) {
            throw new ValidationException(FieldViolation.of("division", e.violation()));
        }
    }

    static ValidationException outOfScope(AuditTrail audit, StaffUser user, DivisionCode division) {
        audit.recordRefusal(AuditRecord.of(user, "ACCESS_DENIED", "division", division.value(), division, null,
                Map.of("actorDivision", user.division().value())));
        return new ValidationException(FieldViolation.of("division",
                new Violation("E7302", "plan.division.outOfScope", division.value(), user.division().value())));
    }
}
