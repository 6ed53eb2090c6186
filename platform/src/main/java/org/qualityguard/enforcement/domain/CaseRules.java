package org.qualityguard.enforcement.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.qualityguard.shared.Workflow;

/**
 * The rules of moving a case along its life cycle, each refusal with its code: only along an edge of the table
 * (E5000); not filing and withdrawing need a reason (E5001); a major case reaches the party's notice only through
 * legal review (E5005, 《行政处罚法》第五十八条); nothing of a closed case changes (E5014).
 */
public final class CaseRules {

    private CaseRules() {
    }

    /** The edge the command takes, or the refusal with every broken rule. */
    public static Workflow.Transition<CaseStatus> edge(CaseStatus status, String command, String reason,
                                                       boolean major) {
        if (status.closed()) {
            throw closed(status);
        }
        List<FieldViolation> faults = new ArrayList<>();
        Optional<Workflow.Transition<CaseStatus>> edge = CaseStatus.WORKFLOW.transition(status, command);
        if (edge.isEmpty()) {
            faults.add(FieldViolation.of("status", new Violation("E5000", "enforcement.case.status.wrong",
                    String.valueOf(command), status.name())));
        }
        if (CaseStatus.NEED_REASON.contains(command) && (reason == null || reason.isBlank())) {
            faults.add(FieldViolation.of("reason", new Violation("E5001", "enforcement.case.reason.required",
                    command)));
        }
        if (major && status == CaseStatus.INVESTIGATING && CaseStatus.NOTIFY.equals(command)) {
            faults.add(FieldViolation.of("status", new Violation("E5005", "enforcement.case.major.needsReview")));
        }
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        return edge.orElseThrow();
    }

    /** Refuses any change of a closed (or never filed, or withdrawn) case. */
    public static void requireOpen(CaseStatus status) {
        if (status.closed()) {
            throw closed(status);
        }
    }

    private static ValidationException closed(CaseStatus status) {
        return new ValidationException(FieldViolation.of("status", new Violation("E5014",
                "enforcement.case.closed", status.name())));
    }
}
