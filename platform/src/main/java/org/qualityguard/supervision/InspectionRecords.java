package org.qualityguard.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.qualityguard.enterprise.EnterpriseCard;
import org.qualityguard.enterprise.EnterpriseDirectory;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.power.PowerAct;
import org.qualityguard.power.PowerGuard;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.supervision.domain.Checklist;
import org.qualityguard.shared.PhotoType;
import org.qualityguard.supervision.domain.Regime;
import org.qualityguard.supervision.domain.RecordStatus;
import org.qualityguard.supervision.persistence.PlanStore;
import org.qualityguard.supervision.persistence.RecordStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording an inspection of a planned task against the checklist: findings with their severity, the result, a
 * corrective deadline when it failed, and photos. Only one of the two drawn inspectors (or a chief) records it; the
 * record re-grades the enterprise at once. An inspection is made by two: the other drawn inspector co-signs the record,
 * and only then may a chief approve it for the portal. Records and photos are read only
 * within the reader's division; anything else is not found, and the attempt is audited.
 */
@Service
public class InspectionRecords {

    static final String SUBJECT = "inspection";
    /** Photos larger than this are refused: a phone photo is 2–5 MB; the database keeps them (see the migration). */
    public static final int MAX_PHOTO_BYTES = 8 * 1024 * 1024;
    public static final int MAX_PHOTOS = 10;

    private final PlanStore plans;
    private final RecordStore records;
    private final Grading grading;
    private final AuditTrail audit;
    private final EnterpriseDirectory enterprises;
    private final Clock clock;
    private final AccessPolicy access;
    private final PowerGuard guard;
    private final Map<Regime, String> powerItems;

    /** @param foodItem, equipmentItem the power items an inspection of a food producer, an equipment user exercises */
    InspectionRecords(PlanStore plans, RecordStore records, Grading grading, AuditTrail audit,
                      EnterpriseDirectory enterprises, Clock clock, AccessPolicy access, PowerGuard guard,
                      @Value("${qualityguard.power.acts.food-inspection}") String foodItem,
                      @Value("${qualityguard.power.acts.special-equipment-inspection}") String equipmentItem) {
        this.guard = guard;
        this.powerItems = Map.of(Regime.FOOD, foodItem, Regime.SPECIAL_EQUIPMENT, equipmentItem);
        this.plans = plans;
        this.records = records;
        this.grading = grading;
        this.audit = audit;
        this.enterprises = enterprises;
        this.clock = clock;
        this.access = access;
    }

    /** An uploaded photo as received: the name the uploader gave it and its bytes. */
    public record Photo(String filename, byte[] content) {
    }

    /** A task as the inspector opens it: the drawn inspection, its enterprise and the checklist to record against. */
    public record Task(PlanView.Inspection inspection, String enterpriseName, DivisionCode division,
                       List<String> checklist) {
    }

    /** One finding: the checklist item it concerns, what was found, MINOR or MAJOR. */
    public record Finding(String item, String finding, String severity) {
    }

    public record Command(long inspectionId, LocalDate inspectedOn, String result, LocalDate correctiveDeadline,
                          List<Finding> findings) {
    }

    public record Recorded(long recordId, List<GradeView> grades) {
    }

    /** One of the inspector's tasks; another division's is not found, another inspector's is refused. */
    @Transactional(readOnly = true)
    public Task task(StaffUser inspector, long inspectionId) {
        PlanView.Inspection task = assigned(inspector, inspectionId);
        EnterpriseCard card = grading.enterprise(inspector, task.creditCode());
        return new Task(task, card.name(), card.division(), Checklist.of(Regime.valueOf(task.regime())));
    }

    private PlanView.Inspection assigned(StaffUser inspector, long inspectionId) {
        access.require(inspector, Permission.RECORD_INSPECTION);
        PlanView.Inspection task = plans.assignedInspection(inspectionId)
                .orElseThrow(() -> new NotFoundException("inspection", Long.toString(inspectionId)));
        grading.enterprise(inspector, task.creditCode());
        boolean assigned = task.inspectorA() == inspector.id() || task.inspectorB() == inspector.id();
        if (!assigned) {
            access.require(inspector, Permission.RECORD_OTHERS_INSPECTION);
        }
        return task;
    }

    @Transactional
    public Recorded record(StaffUser inspector, Command command) {
        return record(inspector, command, List.of());
    }

    /**
     * Records the inspection with its photos, all or nothing: a photo that is not an image refuses the record. The
     * inspection exercises the power item of its regime: the inspector's organisation must pass the guard for the
     * enterprise's division.
     */
    @Transactional
    @PowerAct("supervision inspection")
    public Recorded record(StaffUser inspector, Command command, List<Photo> photos) {
        PlanView.Inspection task = assigned(inspector, command.inspectionId());
        EnterpriseCard card = grading.enterprise(inspector, task.creditCode());
        List<FieldViolation> faults = new ArrayList<>(checkPhotos(photos, 0));
        List<String> items = Checklist.of(Regime.valueOf(task.regime()));
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
            if (f.item() == null || !items.contains(f.item())) {
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
        guard.authorise(inspector, powerItems.get(Regime.valueOf(task.regime())), card.division());
        long id = plans.insertRecord(task.id(), card.creditCode(), card.division().value(), command.inspectedOn(),
                result, command.correctiveDeadline(), inspector.getUsername());
        for (Finding f : findings) {
            plans.insertFinding(id, f.item(), f.finding().strip(), f.severity());
        }
        for (Photo p : photos) {
            records.insertPhoto(id, PhotoType.of(p.content()).orElseThrow(), filename(p), p.content(),
                    inspector.getUsername());
        }
        audit.record(AuditRecord.of(inspector, "INSPECTION_RECORDED", SUBJECT, Long.toString(id),
                card.division(), null, Map.of("enterprise", card.creditCode(), "result", result,
                        "findings", findings.size(), "photos", photos.size(), "task", task.id())));
        return new Recorded(id, grading.regradeAfterInspection(card, inspector.getUsername()));
    }

    /** Adds a photo to a record afterwards (inspectors and chiefs of the record's division); audited. */
    @Transactional
    public long attach(StaffUser inspector, long recordId, Photo photo) {
        access.require(inspector, Permission.RECORD_INSPECTION);
        RecordView record = get(inspector, recordId);
        List<FieldViolation> faults = checkPhotos(List.of(photo), records.photoCount(recordId));
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        String type = PhotoType.of(photo.content()).orElseThrow();
        long id = records.insertPhoto(recordId, type, filename(photo), photo.content(), inspector.getUsername());
        audit.record(AuditRecord.of(inspector, "INSPECTION_PHOTO_ADDED", SUBJECT, Long.toString(recordId),
                new DivisionCode(record.divisionCode()), null, Map.of("photo", id, "type", type,
                        "bytes", photo.content().length)));
        return id;
    }

    /** A record within the reader's division. */
    @Transactional(readOnly = true)
    public RecordView get(StaffUser reader, long recordId) {
        access.require(reader, Permission.READ_SUPERVISION);
        return records.record(recordId, reader.scope()).orElseThrow(() -> missing(reader, "inspection", recordId,
                records.divisionOf(recordId)));
    }

    /** The enterprise's records, newest first (within the reader's division, as the enterprise must be). */
    @Transactional(readOnly = true)
    public List<RecordView> recordsOf(StaffUser reader, String creditCode) {
        access.require(reader, Permission.READ_SUPERVISION);
        EnterpriseCard card = grading.enterprise(reader, creditCode);
        return records.recordIdsOf(card.creditCode()).stream()
                .map(id -> records.record(id, reader.scope()).orElseThrow()).toList();
    }

    /**
     * The second of the two drawn inspectors signs the record the first made: one who did not record it. A record
     * without a planned task (none is made today) has no second inspector to sign it.
     */
    @Transactional
    public RecordView cosign(StaffUser inspector, long recordId) {
        access.require(inspector, Permission.COSIGN_INSPECTION);
        RecordView record = get(inspector, recordId);
        PlanView.Inspection task = record.inspectionId() == null ? null
                : plans.assignedInspection(record.inspectionId()).orElse(null);
        boolean drawn = task != null && (task.inspectorA() == inspector.id() || task.inspectorB() == inspector.id());
        if (!drawn || inspector.getUsername().equals(record.recordedBy())) {
            throw new ValidationException(FieldViolation.of("cosignedBy",
                    new Violation("E7320", "inspection.cosign.notSecondInspector")));
        }
        RecordStatus.WORKFLOW.transition(RecordStatus.valueOf(record.status()), RecordStatus.COSIGN)
                .filter(edge -> records.move(recordId, edge, inspector.getUsername(), clock.instant()))
                .orElseThrow(() -> new ValidationException(FieldViolation.of("cosignedBy",
                        new Violation("E7321", "inspection.cosign.already", record.cosignedBy()))));
        audit.record(AuditRecord.of(inspector, "INSPECTION_COSIGNED", SUBJECT, Long.toString(recordId),
                new DivisionCode(record.divisionCode()), null, Map.of("recordedBy", record.recordedBy())));
        return get(inspector, recordId);
    }

    /** A chief approves a co-signed record; from then on the portal shows its result. */
    @Transactional
    public RecordView approve(StaffUser chief, long recordId) {
        access.require(chief, Permission.APPROVE_INSPECTION);
        RecordView record = get(chief, recordId);
        if (!record.cosigned()) {
            throw new ValidationException(FieldViolation.of("cosignedBy",
                    new Violation("E7322", "inspection.cosign.required")));
        }
        RecordStatus.WORKFLOW.transition(RecordStatus.valueOf(record.status()), RecordStatus.APPROVE)
                .filter(edge -> records.move(recordId, edge, chief.getUsername(), clock.instant()))
                .orElseThrow(() -> new ValidationException(FieldViolation.of("status",
                        new Violation("E7317", "inspection.alreadyApproved", record.approvedBy()))));
        audit.record(AuditRecord.of(chief, "INSPECTION_APPROVED", SUBJECT, Long.toString(recordId),
                new DivisionCode(record.divisionCode()), null, Map.of("result", record.result())));
        return get(chief, recordId);
    }

    /** A photo's bytes, only for readers within its record's division. */
    @Transactional(readOnly = true)
    public RecordStore.StoredPhoto photo(StaffUser reader, long photoId) {
        access.require(reader, Permission.READ_SUPERVISION);
        RecordStore.StoredPhoto photo = records.photo(photoId)
                .orElseThrow(() -> new NotFoundException("photo", Long.toString(photoId)));
        if (records.record(photo.recordId(), reader.scope()).isEmpty()) {
            throw missing(reader, "inspection-photo", photoId, records.divisionOf(photo.recordId()));
        }
        return photo;
    }

    /** Approved results, newest first, with the enterprises' registered names: what the portal publishes. */
    @Transactional(readOnly = true)
    public List<PublicResult> publishedResults(int limit) {
        List<PublicResult> results = records.published(limit);
        Map<String, EnterpriseCard> cards = enterprises.findAll(results.stream().map(PublicResult::creditCode)
                .distinct().toList());
        return results.stream().map(r -> new PublicResult(r.id(), r.creditCode(),
                cards.containsKey(r.creditCode()) ? cards.get(r.creditCode()).name() : null, r.divisionCode(),
                r.inspectedOn(), r.result(), r.items())).toList();
    }

    private static List<FieldViolation> checkPhotos(List<Photo> photos, int already) {
        List<FieldViolation> faults = new ArrayList<>();
        if (already + photos.size() > MAX_PHOTOS) {
            faults.add(FieldViolation.of("photos", new Violation("E7318", "inspection.photo.tooMany", MAX_PHOTOS)));
        }
        for (Photo p : photos) {
            if (p.content() == null || p.content().length == 0 || p.content().length > MAX_PHOTO_BYTES) {
                faults.add(FieldViolation.of("photos", new Violation("E7319", "inspection.photo.size",
                        filename(p), MAX_PHOTO_BYTES / (1024 * 1024))));
            } else if (PhotoType.of(p.content()).isEmpty()) {
                faults.add(FieldViolation.of("photos", new Violation("E7316", "inspection.photo.notImage",
                        filename(p))));
            }
        }
        return faults;
    }

    private static String filename(Photo p) {
        String name = p.filename() == null ? "" : p.filename().replaceAll("[\\p{Cntrl}/\\\\]", "").strip();
        name = name.isEmpty() ? "photo" : name;
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private NotFoundException missing(StaffUser user, String subject, long id, java.util.Optional<String> division) {
        division.ifPresent(d -> audit.recordRefusal(AuditRecord.of(user, "ACCESS_DENIED", subject, Long.toString(id),
                new DivisionCode(d), null, Map.of("actorDivision", user.division().value()))));
        return new NotFoundException(subject, Long.toString(id));
    }
}
