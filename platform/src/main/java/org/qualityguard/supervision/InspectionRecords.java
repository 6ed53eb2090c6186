package org.qualityguard.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.qualityguard.enterprise.EnterpriseCard;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.qualityguard.supervision.domain.Checklist;
import org.qualityguard.supervision.domain.Regime;
import org.qualityguard.supervision.persistence.PlanStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording an inspection of a planned task against the checklist: findings with their severity, the result and a
 * corrective deadline when it failed. Only one of the two drawn inspectors (or a chief) records it; the record
 * re-grades the enterprise at once.
 */
@Service
public class InspectionRecords {

    private final PlanStore plans;
    private final Grading grading;
    private final AuditTrail audit;

    InspectionRecords(PlanStore plans, Grading grading, AuditTrail audit) {
        this.plans = plans;
        this.grading = grading;
        this.audit = audit;
    }

    /** One finding: the checklist item it concerns, what was found, MINOR or MAJOR. */
    public record Finding(String item, String finding, String severity) {
    }

    public record Command(long inspectionId, LocalDate inspectedOn, String result, LocalDate correctiveDeadline,
                          List<Finding> findings) {
    }

    public record Recorded(long recordId, List<GradeView> grades) {
    }

    @Transactional
    public Recorded record(StaffUser inspector, Command command) {
        if (!inspector.hasAnyRole(Role.INSPECTOR, Role.CHIEF)) {
            throw new AccessDeniedException("inspections are recorded by inspectors");
        }
        PlanView.Inspection task = plans.assignedInspection(command.inspectionId())
                .orElseThrow(() -> new NotFoundException("inspection", Long.toString(command.inspectionId())));
        EnterpriseCard card = grading.enterprise(inspector, task.creditCode());
        boolean assigned = task.inspectorA() == inspector.id() || task.inspectorB() == inspector.id();
        if (!assigned && !inspector.hasRole(Role.CHIEF)) {
            throw new AccessDeniedException("the inspection is assigned to other inspectors");
        }
        List<FieldViolation> faults = new ArrayList<>();
        Map<String, String> items = Checklist.of(Regime.valueOf(task.regime()));
        String result = command.result() == null ? "" : command.result().strip().toUpperCase();
        if (!result.equals("PASS") && !result.equals("FAIL")) {
            faults.add(FieldViolation.of("result", new Violation("E7310", "inspection.result.unknown", result)));
        }
        if (command.inspectedOn() == null || command.inspectedOn().isAfter(grading.today())) {
            faults.add(FieldViolation.of("inspectedOn", new Violation("E7311", "inspection.date.invalid")));
        }
        if (result.equals("FAIL") && command.correctiveDeadline() == null) {
            faults.add(FieldViolation.of("correctiveDeadline",
                    new Violation("E7312", "inspection.deadline.required")));
        }
        List<Finding> findings = command.findings() == null ? List.of() : command.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.item() == null || !items.containsKey(f.item())) {
                faults.add(new FieldViolation(i + 1, "findings.item",
                        new Violation("E7313", "inspection.item.unknown", String.valueOf(f.item()))));
            }
            if (!"MINOR".equals(f.severity()) && !"MAJOR".equals(f.severity())) {
                faults.add(new FieldViolation(i + 1, "findings.severity",
                        new Violation("E7314", "inspection.severity.unknown", String.valueOf(f.severity()))));
            }
            if (f.finding() == null || f.finding().isBlank()) {
                faults.add(new FieldViolation(i + 1, "findings.finding",
                        new Violation("E7315", "inspection.finding.required")));
            }
        }
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        long id = plans.insertRecord(task.id(), card.creditCode(), card.division().value(), command.inspectedOn(),
                result, command.correctiveDeadline(), inspector.getUsername());
        for (Finding f : findings) {
            plans.insertFinding(id, f.item(), f.finding().strip(), f.severity());
        }
        audit.record(AuditRecord.of(inspector, "INSPECTION_RECORDED", "inspection", Long.toString(id),
                card.division(), null, Map.of("enterprise", card.creditCode(), "result", result,
                        "findings", findings.size(), "task", task.id())));
        return new Recorded(id, grading.regradeAfterInspection(card, inspector.getUsername()));
    }
}
