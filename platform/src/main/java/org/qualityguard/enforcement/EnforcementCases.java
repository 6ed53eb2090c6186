package org.qualityguard.enforcement;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qualityguard.calendar.ClockId;
import org.qualityguard.calendar.Clocks;
import org.qualityguard.enforcement.domain.CaseRules;
import org.qualityguard.enforcement.domain.CaseStatus;
import org.qualityguard.enforcement.domain.Party;
import org.qualityguard.enforcement.persistence.CaseStore;
import org.qualityguard.enterprise.EnterpriseCard;
import org.qualityguard.enterprise.EnterpriseDirectory;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.inspection.WarningConfirmed;
import org.qualityguard.sampling.SamplingFailed;
import org.qualityguard.power.PowerAct;
import org.qualityguard.power.PowerGuard;
import org.qualityguard.power.PowerType;
import org.qualityguard.power.PublicPowerItem;
import org.qualityguard.power.PublicPowerList;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.CreditCode;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.InvalidCodeException;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.shared.Page;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.qualityguard.shared.Workflow;
import org.qualityguard.shared.clock.ClockEvent;
import org.qualityguard.shared.clock.ClockReading;
import org.qualityguard.shared.clock.Exclusion;
import org.qualityguard.shared.clock.StatutoryClock;
import org.qualityguard.shared.clock.TimeLimit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enforcement cases from lead to closing. A lead is opened by hand (the power guard passes the item it cites, for the
 * acting organisation, in the party's division) or from a confirmed warning (for the province, on the configured
 * item, with the warning as its first evidence); its filing clock starts on the lead's day. Filing passes the guard
 * again and starts the decision clock on the item's statutory limit (the configured one where the item names none);
 * each command then moves the case along {@link CaseStatus#WORKFLOW}, and every act is on the audit trail. The running
 * clock may be suspended, stopped for a period the item excludes (testing, expert evaluation, hearing, notice),
 * resumed or extended (by the head), as {@link Clocks} keeps it.
 *
 * <p>Refusals: E5002 a party missing, E5003 an enterprise not in the registry, E5004 an item that is not a penalty,
 * E5007 a summary missing, E5040 an excluded period the item does not exclude, E5041 a date missing or after today,
 * E5042 a case without a running clock; the life cycle's E5000, E5001, E5005, E5014; the guard's E4100–E4107.
 */
@Service
public class EnforcementCases {

    static final String SUBJECT = "enforcement-case";
    static final String FILING_CLOCK = "enforcement.filing";
    static final String DECISION_CLOCK = "enforcement.decision";
    static final String WARNING = "WARNING";
    static final String SAMPLING = "SAMPLING";
    private static final String SYSTEM = "system";

    private final CaseStore store;
    private final PowerGuard guard;
    private final PublicPowerList powerList;
    private final EnterpriseDirectory registry;
    private final Clocks clocks;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final BusinessTime time;
    private final EnforcementSettings settings;

    EnforcementCases(CaseStore store, PowerGuard guard, PublicPowerList powerList, EnterpriseDirectory registry,
                     Clocks clocks, AccessPolicy access, AuditTrail audit, BusinessTime time,
                     EnforcementSettings settings) {
        this.store = store;
        this.guard = guard;
        this.powerList = powerList;
        this.registry = registry;
        this.clocks = clocks;
        this.access = access;
        this.audit = audit;
        this.time = time;
        this.settings = settings;
    }

    /**
     * A lead entered by hand: the penalty item it would exercise, its party (an enterprise by credit code, or a
     * person by name with the division where the facts lie), what happened, the day the lead came in, and whether the
     * case is major (legal review before the notice).
     */
    public record OpenCase(String itemCode, Party.Kind partyKind, String creditCode, String personName,
                           String division, String summary, LocalDate leadOn, boolean major) {
    }

    /** A command on the case (file, decline, investigate, …), with its reason and, for the notice, the intended fine. */
    public record Move(String command, String reason, BigDecimal intendedFine) {
    }

    /** Something that happened to the running clock (an extension is approved by the chief who records it). */
    public record ClockOperation(Kind kind, LocalDate on, String reason, Exclusion exclusion, Integer days) {
        public enum Kind { SUSPEND, EXCLUDE, RESUME, EXTEND }
    }

    /** A case with its clocks: the filing clock as of filing (or today), the decision clock as of decision. */
    public record CaseRecord(EnforcementCase theCase, ClockReading filing, ClockReading decisionClock,
                             List<ClockEvent> clockEvents, List<Evidence> evidence, Decision decision,
                             List<Workflow.Transition<CaseStatus>> next) {
    }

    @PowerAct("enforcement case opened by hand")
    @Transactional
    public EnforcementCase open(StaffUser actor, OpenCase command) {
        Located party = checkOpen(actor, command);
        guard.authorise(actor, itemCode(command), party.division());
        return create(actor, command, party, false);
    }

    /** {@link #open} of a demo case (marked 演示). */
    @PowerAct("demo enforcement case")
    @Transactional
    public EnforcementCase openDemo(StaffUser actor, OpenCase command) {
        Located party = checkOpen(actor, command);
        guard.authorise(actor, itemCode(command), party.division());
        return create(actor, command, party, true);
    }

    private Located checkOpen(StaffUser actor, OpenCase command) {
        if (command.summary() == null || command.summary().isBlank()) {
            throw refused("summary", "E5007", "enforcement.case.summary.missing");
        }
        requireDay("leadOn", command.leadOn());
        Located party = party(actor, command);
        access.requireAt(actor, Permission.HANDLE_CASE, party.division());
        return party;
    }

    private static String itemCode(OpenCase command) {
        return command.itemCode() == null ? "" : command.itemCode().strip();
    }

    private EnforcementCase create(StaffUser actor, OpenCase command, Located party, boolean demo) {
        PublicPowerItem item = penaltyItem(itemCode(command));
        EnforcementCase lead = new EnforcementCase(0, null, CaseStatus.LEAD, "HAND", null, command.summary().strip(),
                item.code(), item.name(), party.division().value(), actor.organisationId(), actor.organisationName(),
                party.party(), command.major(), command.leadOn(), null, null, null, null, null, null, null, null, null,
                command.leadOn(), ClockReading.State.RUNNING.name(), demo, actor.getUsername());
        return begin(lead, actor.getUsername(), actor, demo);
    }

    /**
     * A lead from a confirmed warning, for the province's bureau to file or not: on the configured item, its party the
     * consignee when the registry knows it, the warning on file as its first evidence. Opened once per warning.
     */
    @Transactional
    public Optional<EnforcementCase> openFromWarning(WarningConfirmed warning) {
        String ref = String.join("|", warning.cellKind(), String.valueOf(warning.hsPrefix()),
                String.valueOf(warning.origin()), String.valueOf(warning.consignee()),
                String.valueOf(warning.manufacturer()), warning.confirmedOn().toString());
        String summary = "风险预警（" + warning.level() + "）：" + describe(warning);
        String record = summary + "\n确认人：" + warning.confirmedBy() + "\n确认日期：" + warning.confirmedOn()
                + "\n意见：" + warning.comment();
        return openLead(new Lead(WARNING, ref, summary, settings.warningLeadItem(), settings.province(),
                consignee(warning.consignee()), warning.confirmedOn(), "风险预警确认记录", "风险预警",
                warning.confirmedBy(), "warning.txt", record, false));
    }

    /**
     * A lead from a failed sample, in the sample's division, on the configured item of its kind (food, product), its
     * party the enterprise sampled, the failed items on file as the first evidence. Opened once per sample.
     */
    @Transactional
    public Optional<EnforcementCase> openFromSampling(SamplingFailed failure) {
        StringBuilder items = new StringBuilder();
        failure.failedItems().forEach(i -> items.append("\n").append(i.standardNo()).append(" ").append(i.item())
                .append("：实测 ").append(i.measured() == null ? "未检出" : i.measured().toPlainString() + " " + i.unit())
                .append("，限量 ").append(i.comparison()).append(" ")
                .append(i.limit() == null ? "" : i.limit().toPlainString()));
        String summary = "监督抽检不合格：" + failure.product() + (failure.brand() == null ? "" : "（" + failure.brand()
                + "）") + "，样品 " + failure.sampleNo();
        String record = summary + "\n被抽样单位：" + failure.enterpriseName() + "\n抽样日期：" + failure.sampledOn()
                + "\n检验日期：" + failure.testedOn() + items;
        return openLead(new Lead(SAMPLING, failure.sampleNo(), summary,
                failure.food() ? settings.foodSamplingLeadItem() : settings.productSamplingLeadItem(),
                failure.divisionCode(), new Party(Party.Kind.ORGANISATION, failure.creditCode(),
                failure.enterpriseName()), failure.testedOn(), "监督抽检检验报告（不合格项目）", "监督抽检",
                failure.laboratory(), "sample-" + failure.sampleNo() + ".txt", record, failure.demo()));
    }

    /**
     * What a lead another module raised brings: its source and reference, the item, the party, its first evidence,
     * and whether it comes from demo data (a demo sample's failure opens a demo case).
     */
    private record Lead(String source, String ref, String summary, String itemCode, String division, Party party,
                        LocalDate on, String evidenceTitle, String evidenceSource, String collectedBy,
                        String filename, String record, boolean demo) {
    }

    private Optional<EnforcementCase> openLead(Lead l) {
        if (store.bySource(l.source(), l.ref()).isPresent()) {
            return Optional.empty();
        }
        // an item not published yet is named by its code: the guard refuses filing until it is, the lead is kept
        String itemName = powerList.search(PowerType.PENALTY, l.itemCode()).stream()
                .filter(i -> i.code().equals(l.itemCode())).map(PublicPowerItem::name).findFirst()
                .orElse(l.itemCode());
        EnforcementCase lead = new EnforcementCase(0, null, CaseStatus.LEAD, l.source(), l.ref(), l.summary(),
                l.itemCode(), itemName, l.division(), null, null, l.party(), false,
                l.on(), null, null, null, null, null, null, null, null, null, l.on(),
                ClockReading.State.RUNNING.name(), l.demo(), SYSTEM);
        EnforcementCase opened = begin(lead, SYSTEM, null, l.demo());
        byte[] record = l.record().getBytes(StandardCharsets.UTF_8);
        Evidence evidence = new Evidence(0, opened.id(), Evidence.Kind.DOCUMENT, l.evidenceTitle(), l.evidenceSource(),
                l.collectedBy(), l.on(), l.filename(), "text/plain", record.length, CaseFiles.sha256(record), SYSTEM,
                time.now());
        store.addEvidence(opened.id(), evidence, record);
        return Optional.of(opened);
    }

    private EnforcementCase begin(EnforcementCase lead, String by, StaffUser actor, boolean demo) {
        long id = store.insert(lead, time.now());
        EnforcementCase stored = store.find(id).orElseThrow();
        StatutoryClock clock = clocks.start(clock(FILING_CLOCK, stored), new DivisionCode(stored.division()),
                stored.leadOn(), settings.filingLimit(), by);
        ClockReading reading = clock.readingAsOf(time.today().isBefore(stored.leadOn()) ? stored.leadOn()
                : time.today());
        store.reading(id, reading.deadline(), reading.state().name());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("caseNo", stored.caseNo());
        after.put("item", stored.itemCode());
        after.put("source", stored.source());
        after.put("party", stored.party() == null ? "—" : partyText(stored.party()));
        after.put("leadOn", stored.leadOn().toString());
        after.put("deadline", reading.deadline().toString());
        after.put("demo", demo);
        AuditRecord record = actor == null
                ? new AuditRecord(SYSTEM, "CASE_OPENED", SUBJECT, stored.caseNo(), new DivisionCode(stored.division()),
                        null, after)
                : AuditRecord.of(actor, "CASE_OPENED", SUBJECT, stored.caseNo(), new DivisionCode(stored.division()),
                        null, after);
        audit.record(record);
        return store.find(id).orElseThrow();
    }

    /**
     * Files the lead (立案) on the day of the head's approval (today when not given; not before the lead): the guard
     * passes the item again for the filing organisation, and the decision clock starts that day.
     */
    @PowerAct("enforcement case filed")
    @Transactional
    public EnforcementCase file(StaffUser actor, long caseId, String reason, LocalDate filedOn) {
        EnforcementCase c = visible(actor, caseId);
        LocalDate on = filedOn == null ? time.today() : filedOn;
        requireDay("filedOn", on);
        if (on.isBefore(c.leadOn())) {
            throw refused("filedOn", "E5041", "enforcement.date.beforeLead", on, c.leadOn());
        }
        access.requireAt(actor, Permission.DECIDE_CASE, new DivisionCode(c.division()));
        Workflow.Transition<CaseStatus> edge = CaseRules.edge(c.status(), CaseStatus.FILE, reason, c.major());
        if (c.party() == null) {
            throw refused("party", "E5002", "enforcement.case.party.missing");
        }
        guard.authorise(actor, c.itemCode(), new DivisionCode(c.division()));
        PublicPowerItem item = penaltyItem(c.itemCode());
        if (c.organisationId() == null) {
            store.organisation(c.id(), actor.organisationId(), actor.organisationName());
        }
        TimeLimit limit = item.statutoryLimit() != null ? item.statutoryLimit() : settings.decisionLimit();
        StatutoryClock clock = clocks.start(clock(DECISION_CLOCK, c), new DivisionCode(c.division()), on, limit,
                actor.getUsername());
        advance(actor, c, edge, Map.of("filed_on", on), reason);
        ClockReading reading = clock.readingAsOf(time.today());
        store.reading(c.id(), reading.deadline(), reading.state().name());
        return store.find(c.id()).orElseThrow();
    }

    /** Any other command of the case page: not filed, investigate, refer for review, notify, serve, execute, close. */
    @Transactional
    public EnforcementCase move(StaffUser actor, long caseId, Move move) {
        EnforcementCase c = visible(actor, caseId);
        String command = move.command() == null ? "" : move.command();
        if (!CaseStatus.MOVES.contains(command) || CaseStatus.FILE.equals(command)) {
            CaseRules.requireOpen(c.status());
            throw refused("status", "E5000", "enforcement.case.status.wrong", command, c.status().name());
        }
        Workflow.Transition<CaseStatus> edge = CaseRules.edge(c.status(), command, move.reason(), c.major());
        access.requireAt(actor, Permission.valueOf(edge.guard()), new DivisionCode(c.division()));
        LocalDate today = time.today();
        Map<String, Object> stamps = new LinkedHashMap<>();
        switch (command) {
            case CaseStatus.NOTIFY -> {
                BigDecimal fine = move.intendedFine();
                if (fine == null || fine.signum() < 0) {
                    throw refused("intendedFine", "E5030", "enforcement.decision.fine.missing");
                }
                stamps.put("notified_on", today);
                stamps.put("intended_fine", fine);
                stamps.put("hearing_right", c.party() != null
                        && fine.compareTo(settings.hearingThreshold().of(c.party().kind())) >= 0);
            }
            case CaseStatus.SERVE -> stamps.put("served_on", today);
            case CaseStatus.EXECUTE -> stamps.put("executed_on", today);
            case CaseStatus.CLOSE -> stamps.put("closed_on", today);
            default -> { }
        }
        if (CaseStatus.NEED_REASON.contains(command)) {
            stamps.put("reason", move.reason().strip());
        }
        advance(actor, c, edge, stamps, move.reason());
        return store.find(c.id()).orElseThrow();
    }

    /** Moves the case along the edge and audits the event; refused if someone moved it meanwhile. */
    void advance(StaffUser actor, EnforcementCase c, Workflow.Transition<CaseStatus> edge, Map<String, Object> stamps,
                 String reason) {
        if (!store.move(c.id(), edge, stamps)) {
            throw refused("status", "E5000", "enforcement.case.status.wrong", edge.command(), c.status().name());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", edge.to().name());
        stamps.forEach((k, v) -> after.put(k, String.valueOf(v)));
        if (reason != null && !reason.isBlank()) {
            after.put("reason", reason.strip());
        }
        audit.record(AuditRecord.of(actor, action(edge.event()), SUBJECT, c.caseNo(),
                new DivisionCode(c.division()), Map.of("status", c.status().name()), after));
    }

    /** Records a suspension, excluded period, resumption or (approved) extension of the case's running clock. */
    @Transactional
    public EnforcementCase recordClock(StaffUser actor, long caseId, ClockOperation op) {
        EnforcementCase c = visible(actor, caseId);
        CaseRules.requireOpen(c.status());
        access.requireAt(actor, op.kind() == ClockOperation.Kind.EXTEND ? Permission.EXTEND_TIME_LIMIT
                : Permission.HANDLE_CASE, new DivisionCode(c.division()));
        requireDay("on", op.on());
        ClockId id = runningClock(c).orElseThrow(() -> refused("status", "E5042", "enforcement.case.noClock",
                c.status().name()));
        ClockEvent event = switch (op.kind()) {
            case SUSPEND -> new ClockEvent.Suspended(op.on(), op.reason());
            case EXCLUDE -> new ClockEvent.ExclusionBegun(op.on(), excludable(c, op.exclusion()), op.reason());
            case RESUME -> new ClockEvent.Resumed(op.on());
            case EXTEND -> new ClockEvent.Extended(op.on(), op.days() == null ? 0 : op.days(), op.reason(),
                    actor.getUsername());
        };
        ClockReading reading = clocks.record(id, event, actor.getUsername()).readingAsOf(time.today());
        store.reading(c.id(), reading.deadline(), reading.state().name());
        return store.find(c.id()).orElseThrow();
    }

    /** The case with its clocks, file, decision and the commands that lead on; 403 outside the reader's division. */
    @Transactional(readOnly = true)
    public CaseRecord get(StaffUser reader, long caseId) {
        EnforcementCase c = visible(reader, caseId);
        LocalDate today = time.today();
        ClockReading filing = clocks.reading(clock(FILING_CLOCK, c), c.filedOn() != null ? c.filedOn()
                : c.status().awaitingFiling() ? today : c.decidedOn() != null ? c.decidedOn() : today);
        ClockReading decision = c.filedOn() == null ? null
                : clocks.reading(clock(DECISION_CLOCK, c), c.decidedOn() != null ? c.decidedOn() : today);
        List<ClockEvent> events = runningClock(c).map(id -> clocks.clock(id).events()).orElse(List.of());
        return new CaseRecord(c, filing, decision, events, store.evidence(c.id()), store.decision(c.id()).orElse(null),
                c.status().closed() ? List.of() : CaseStatus.WORKFLOW.from(c.status()));
    }

    /** The cases of the reader's division, by the page. */
    @Transactional(readOnly = true)
    public Page<EnforcementCase> list(StaffUser reader, CaseStatus status, PageRequest page) {
        access.require(reader, Permission.READ_CASES);
        return store.list(reader.scope(), status, page);
    }

    /** The case if the reader may read it at its division (403, audited, otherwise). */
    EnforcementCase visible(StaffUser reader, long caseId) {
        EnforcementCase c = store.find(caseId).orElseThrow(() -> new NotFoundException("caseId",
                String.valueOf(caseId)));
        access.requireAt(reader, Permission.READ_CASES, new DivisionCode(c.division()));
        return c;
    }

    /** The published penalty item of the code (the guard has passed it). */
    PublicPowerItem penaltyItem(String code) {
        PublicPowerItem item = powerList.item(code);
        if (item.type() != PowerType.PENALTY) {
            throw refused("itemCode", "E5004", "enforcement.case.item.notPenalty", code, item.type().name());
        }
        return item;
    }

    /** The clock that runs for the case now: the filing clock while a lead, the decision clock until decided. */
    Optional<ClockId> runningClock(EnforcementCase c) {
        if (c.status().awaitingFiling()) {
            return Optional.of(clock(FILING_CLOCK, c));
        }
        return c.status().underInvestigation() ? Optional.of(clock(DECISION_CLOCK, c)) : Optional.empty();
    }

    static ClockId clock(String type, EnforcementCase c) {
        return new ClockId(type, c.caseNo());
    }

    /** The audit action of a workflow event: CaseFiled → CASE_FILED, FinedOnTheSpot → FINED_ON_THE_SPOT. */
    static String action(String event) {
        return event.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    private Exclusion excludable(EnforcementCase c, Exclusion kind) {
        PublicPowerItem item = powerList.item(c.itemCode());
        if (kind == null || !item.excluded().contains(kind)) {
            throw refused("exclusion", "E5040", "enforcement.clock.exclusion.notInItem",
                    kind == null ? "—" : kind.name(), c.itemCode());
        }
        return kind;
    }

    private record Located(Party party, DivisionCode division) {
    }

    private Located party(StaffUser actor, OpenCase c) {
        if (c.partyKind() == Party.Kind.ORGANISATION) {
            String code;
            try {
                code = CreditCode.parse(c.creditCode()).value();
            } catch (InvalidCodeException | NullPointerException e) {
                throw refused("creditCode", "E5003", "enforcement.case.party.unknown", String.valueOf(c.creditCode()));
            }
            EnterpriseCard card = registry.find(code, actor.scope()).orElseThrow(() -> refused("creditCode", "E5003",
                    "enforcement.case.party.unknown", code));
            return new Located(new Party(Party.Kind.ORGANISATION, code, card.name()), card.division());
        }
        if (c.partyKind() != Party.Kind.PERSON || c.personName() == null || c.personName().isBlank()) {
            throw refused("party", "E5002", "enforcement.case.party.missing");
        }
        DivisionCode division;
        try {
            division = new DivisionCode(c.division() == null ? "" : c.division().strip());
        } catch (InvalidCodeException e) {
            throw refused("division", "E5002", "enforcement.case.party.missing");
        }
        return new Located(new Party(Party.Kind.PERSON, null, c.personName().strip()), division);
    }

    private Party consignee(String consignee) {
        if (consignee == null) {
            return null;
        }
        try {
            String code = CreditCode.parse(consignee).value();
            return registry.findAll(List.of(code)).values().stream().findFirst()
                    .map(card -> new Party(Party.Kind.ORGANISATION, code, card.name())).orElse(null);
        } catch (InvalidCodeException notACode) {
            return null;
        }
    }

    private static String describe(WarningConfirmed w) {
        StringBuilder s = new StringBuilder(w.cellKind());
        for (String part : new String[] {w.hsPrefix(), w.origin(), w.consignee(), w.manufacturer()}) {
            if (part != null) {
                s.append(" ").append(part);
            }
        }
        return s.toString();
    }

    static String partyText(Party p) {
        return p.creditCode() == null ? p.name() : p.name() + "（" + p.creditCode() + "）";
    }

    private void requireDay(String field, LocalDate day) {
        if (day == null) {
            throw refused(field, "E5041", "enforcement.date.missing");
        }
        LocalDate today = time.today();
        if (day.isAfter(today)) {
            throw refused(field, "E5041", "enforcement.date.future", day, today);
        }
    }

    static ValidationException refused(String field, String code, String key, Object... arguments) {
        return new ValidationException(FieldViolation.of(field, new Violation(code, key, arguments)));
    }
}
