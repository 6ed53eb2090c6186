package org.qualityguard.power.domain;

import java.util.ArrayList;
import java.util.List;

import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.qualityguard.shared.Workflow;

/**
 * The rules of moving a version along its lifecycle, each refusal with its code: only along an edge of the table
 * (E4130); the legal reviewer and the confirming leader are not the drafter (E4131, E4132: four eyes at each step);
 * sending back, suspending and abolishing need a reason (E4133).
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    /** The edge the command takes, or the refusal with every broken rule. */
    public static Workflow.Transition<ItemStatus> edge(ItemStatus status, String command, String actor,
                                                       String drafter, String reason) {
        List<FieldViolation> faults = new ArrayList<>();
        var edge = ItemStatus.COMMANDS.contains(command) ? ItemStatus.WORKFLOW.transition(status, command)
                : java.util.Optional.<Workflow.Transition<ItemStatus>>empty();
        if (edge.isEmpty()) {
            faults.add(FieldViolation.of("status", new Violation("E4130", "power.item.status.wrong",
                    String.valueOf(command), status.name())));
        }
        if ((ItemStatus.REVIEW.equals(command) || ItemStatus.REJECT.equals(command)) && actor.equals(drafter)) {
            faults.add(FieldViolation.of("reviewer", new Violation("E4131", "power.item.review.ownDraft", drafter)));
        }
        if (ItemStatus.CONFIRM.equals(command) && actor.equals(drafter)) {
            faults.add(FieldViolation.of("confirmer", new Violation("E4132", "power.item.confirm.ownDraft", drafter)));
        }
        if (ItemStatus.NEED_REASON.contains(command) && (reason == null || reason.isBlank())) {
            faults.add(FieldViolation.of("reason", new Violation("E4133", "power.item.reason.required", command)));
        }
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        return edge.orElseThrow();
    }
}
