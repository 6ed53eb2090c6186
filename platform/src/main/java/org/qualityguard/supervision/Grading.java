package org.qualityguard.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.qualityguard.enterprise.EnterpriseCard;
import org.qualityguard.enterprise.EnterpriseDirectory;
import org.qualityguard.equipment.EquipmentRegister;
import org.qualityguard.equipment.UnitCounts;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.qualityguard.supervision.domain.DefaultTables;
import org.qualityguard.supervision.domain.Grade;
import org.qualityguard.supervision.domain.GradingProfile;
import org.qualityguard.supervision.domain.Regime;
import org.qualityguard.supervision.domain.Scoring;
import org.qualityguard.supervision.domain.ScoringTable;
import org.qualityguard.supervision.persistence.GradeStore;
import org.qualityguard.supervision.domain.ScoringTableEdit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grading enterprises: the scoring tables (versioned, edited by administrators), an enterprise's static facts and
 * risk events, re-grading when something happens and yearly, and an analyst's override with its reason. Every
 * grade stores the table version and the points behind it; every decision is on the audit trail.
 */
@Service
public class Grading {

    static final String SUBJECT = "grade";
    private static final String SYSTEM = "system";
    private static final int MAX_REASON = 1000;

    private final GradeStore store;
    private final EnterpriseDirectory enterprises;
    private final EquipmentRegister equipment;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Map<Regime, ScoringTable> current = new EnumMap<>(Regime.class);
    private final AccessPolicy access;

    Grading(GradeStore store, EnterpriseDirectory enterprises, EquipmentRegister equipment, AuditTrail audit,
            Clock clock, ApplicationEventPublisher events, AccessPolicy access) {
        this.store = store;
        this.enterprises = enterprises;
        this.equipment = equipment;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.access = access;
    }

    /** The table in force: the newest version, or the shipped defaults saved as version 1 on first use. */
    @Transactional
    public synchronized ScoringTable table(Regime regime) {
        ScoringTable cached = current.get(regime);
        if (cached != null) {
            return cached;
        }
        GradeStore.StoredTable stored = store.latestTable(regime).orElse(null);
        if (stored == null) {
            store.insertTable(regime, 1, DefaultTables.text(regime), "system");
            stored = store.latestTable(regime).orElseThrow();
        }
        ScoringTable table = ScoringTable.parse(regime, stored.version(), stored.body());
        current.put(regime, table);
        return table;
    }

    /** The table in force as staff read it (the console's editor, the API). */
    @Transactional
    public ScoringTable tableFor(StaffUser reader, Regime regime) {
        access.require(reader, Permission.READ_SUPERVISION);
        return table(regime);
    }

    @Transactional(readOnly = true)
    public ScoringTable tableVersion(Regime regime, int version) {
        table(regime);
        return store.table(regime, version).map(t -> ScoringTable.parse(regime, t.version(), t.body()))
                .orElseThrow(() -> new NotFoundException("version", Integer.toString(version)));
    }

    /** Saves an edited table as the next version (administrators only); a faulty line refuses it, naming the line. */
    @Transactional
    public synchronized ScoringTable saveTable(StaffUser admin, Regime regime, String text, int basedOnVersion) {
        ScoringTable before = editable(admin, regime, basedOnVersion);
        return save(admin, before, ScoringTable.parse(regime, before.version() + 1, text));
    }

    /**
     * Saves the console form's numbers (caps, bands, inspections a year, each rule's points and cap) as the next
     * version; each faulty field is named. Grades already given keep the version they were computed with.
     */
    @Transactional
    public synchronized ScoringTable saveEdit(StaffUser admin, Regime regime, Map<String, String> values,
                                              int basedOnVersion) {
        ScoringTable before = editable(admin, regime, basedOnVersion);
        return save(admin, before, ScoringTableEdit.apply(before, values));
    }

    private ScoringTable editable(StaffUser admin, Regime regime, int basedOnVersion) {
        // one table grades every enterprise of the province: only the province's administrators change it
        access.requireAt(admin, Permission.CHANGE_REFERENCE_DATA, admin.division().province());
        ScoringTable before = table(regime);
        if (basedOnVersion != before.version()) {
            throw new ValidationException(FieldViolation.of("version",
                    new Violation("E7109", "grading.table.stale", before.version())));
        }
        return before;
    }

    private ScoringTable save(StaffUser admin, ScoringTable before, ScoringTable edited) {
        if (!store.insertTable(edited.regime(), edited.version(), edited.text(), admin.getUsername())) {
            throw new ValidationException(FieldViolation.of("version",
                    new Violation("E7109", "grading.table.stale", edited.version())));
        }
        current.put(edited.regime(), edited);
        audit.record(AuditRecord.of(admin, "SCORING_TABLE_SAVED", "scoring-table", edited.regime().name(), null,
                Map.of("version", before.version()), Map.of("version", edited.version(), "rules", edited.rules().size())));
        return edited;
    }

    /** The enterprise's current grades (one per regime it falls under) — graded now if it never was. */
    @Transactional
    public List<GradeView> gradesOf(StaffUser reader, String creditCode) {
        access.require(reader, Permission.READ_SUPERVISION);
        EnterpriseCard card = enterprise(reader, creditCode);
        List<GradeView> out = new ArrayList<>();
        for (Regime regime : regimesOf(card)) {
            out.add(store.grade(card.creditCode(), regime)
                    .orElseGet(() -> regrade(card, regime, "system", "FIRST_GRADE", false)));
        }
        return out;
    }

    @Transactional(readOnly = true)
    public List<GradeStore.HistoryEntry> historyOf(StaffUser reader, String creditCode) {
        access.require(reader, Permission.READ_SUPERVISION);
        return store.history(enterprise(reader, creditCode).creditCode());
    }

    @Transactional(readOnly = true)
    public Map<String, String> staticFactsOf(StaffUser reader, String creditCode) {
        access.require(reader, Permission.READ_SUPERVISION);
        return store.staticFacts(enterprise(reader, creditCode).creditCode());
    }

    /** Records static facts (scale, processes, …) and re-grades. */
    @Transactional
    public List<GradeView> setStaticFacts(StaffUser analyst, String creditCode, Map<String, String> facts) {
        access.require(analyst, Permission.GRADE_ENTERPRISE);
        EnterpriseCard card = enterprise(analyst, creditCode);
        Map<String, String> before = store.staticFacts(card.creditCode());
        facts.forEach((factor, value) -> {
            if (factor == null || !factor.matches("[A-Za-z][A-Za-z0-9._]{0,60}")) {
                throw new ValidationException(FieldViolation.of("facts",
                        new Violation("E7112", "grading.fact.name", String.valueOf(factor))));
            }
            store.setStaticFact(card.creditCode(), factor, value);
        });
        audit.record(AuditRecord.of(analyst, "STATIC_FACTS_SET", SUBJECT, card.creditCode(), card.division(), before,
                store.staticFacts(card.creditCode())));
        return regradeAll(card, analyst.getUsername(), "STATIC_FACTS");
    }

    /** Records an event behind the dynamic grade (a sampling failure, a complaint, a case, …) and re-grades. */
    @Transactional
    public List<GradeView> recordEvent(StaffUser analyst, String creditCode, String factor, LocalDate on,
                                       String note) {
        access.require(analyst, Permission.GRADE_ENTERPRISE);
        EnterpriseCard card = enterprise(analyst, creditCode);
        if (factor == null || !factor.matches("[A-Za-z][A-Za-z0-9._]{0,60}")) {
            throw new ValidationException(FieldViolation.of("factor",
                    new Violation("E7112", "grading.fact.name", String.valueOf(factor))));
        }
        LocalDate date = on == null ? today() : on;
        store.insertEvent(card.creditCode(), factor, date, note, analyst.getUsername());
        audit.record(AuditRecord.of(analyst, "RISK_EVENT_RECORDED", SUBJECT, card.creditCode(), card.division(),
                null, Map.of("factor", factor, "on", date.toString(), "note", note == null ? "" : note)));
        return regradeAll(card, analyst.getUsername(), "EVENT:" + factor);
    }

    /** Static facts and dated risk events of one enterprise, as a sheet or another agency's system brings them. */
    public record RiskData(String creditCode, Map<String, String> facts, List<RiskEvent> events) {
    }

    /** A risk event behind the dynamic grade: its factor (samplingFailure, complaint, …), day and note. */
    public record RiskEvent(String factor, LocalDate on, String note) {
    }

    /**
     * Records the static facts and risk events of many enterprises at once, all or nothing, and re-grades them in
     * one bulk pass: every enterprise must be supervised and within the analyst's division, every factor a name.
     * Each enterprise's facts and events go on the audit trail.
     *
     * @return the grades given
     */
    @Transactional
    public int recordRiskData(StaffUser analyst, List<RiskData> data) {
        access.require(analyst, Permission.GRADE_ENTERPRISE);
        Map<String, EnterpriseCard> cards = enterprises.findAll(data.stream().map(RiskData::creditCode).toList());
        List<FieldViolation> faults = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            RiskData d = data.get(i);
            EnterpriseCard card = cards.get(d.creditCode());
            if (card == null || !analyst.scope().includes(card.division()) || regimesOf(card).isEmpty()) {
                faults.add(new FieldViolation(i + 1, "creditCode",
                        new Violation("E7111", "grading.regime.notSupervised", String.valueOf(d.creditCode()))));
            }
            int row = i + 1;
            d.facts().keySet().forEach(factor -> checkFactor(faults, row, "facts", factor));
            d.events().forEach(e -> checkFactor(faults, row, "events", e.factor()));
        }
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        List<AuditRecord> records = new ArrayList<>(data.size());
        List<Target> targets = new ArrayList<>();
        for (RiskData d : data) {
            EnterpriseCard card = cards.get(d.creditCode());
            records.add(AuditRecord.of(analyst, "RISK_DATA_RECORDED", SUBJECT, card.creditCode(), card.division(),
                    null, Map.of("facts", d.facts(), "events", d.events().stream().map(e -> Map.of("factor",
                            e.factor(), "on", e.on().toString())).toList())));
            regimesOf(card).forEach(regime -> targets.add(new Target(card, regime)));
        }
        audit.recordAll(records);
        store.setStaticFacts(data.stream().collect(LinkedHashMap::new, (m, d) -> m.put(d.creditCode(), d.facts()),
                Map::putAll));
        List<GradeStore.Event> events = new ArrayList<>();
        data.forEach(d -> d.events().forEach(e -> events.add(new GradeStore.Event(d.creditCode(), e.factor(),
                e.on() == null ? today() : e.on(), e.note(), analyst.getUsername()))));
        store.insertEvents(events);
        return regrade(targets, analyst.getUsername(), "RISK_DATA", false).size();
    }

    private static void checkFactor(List<FieldViolation> faults, int row, String field, String factor) {
        if (factor == null || !factor.matches("[A-Za-z][A-Za-z0-9._]{0,60}")) {
            faults.add(new FieldViolation(row, field, new Violation("E7112", "grading.fact.name",
                    String.valueOf(factor))));
        }
    }

    /** Re-grades now with the table in force; an override stands. */
    @Transactional
    public List<GradeView> regrade(StaffUser analyst, String creditCode) {
        access.require(analyst, Permission.GRADE_ENTERPRISE);
        return regradeAll(enterprise(analyst, creditCode), analyst.getUsername(), "REGRADE");
    }

    /**
     * What a re-grade of a division did: the supervised enterprises found, the grades given (one per regime), how
     * many of them changed, how many overrides were lifted, and the grades given by letter.
     */
    public record Regraded(String divisionCode, int enterprises, int graded, int changed, int overridesLifted,
                           Map<String, Integer> byGrade) {
    }

    /**
     * The yearly re-grade of every supervised enterprise within a division: computed afresh with the table in force,
     * overrides lifted (an override is a judgement for the year it was made in). Done in bulk (a handful of queries
     * for the whole division), so that a province's re-grade takes seconds.
     */
    @Transactional
    public Regraded regradeDivision(StaffUser analyst, String divisionCode) {
        access.require(analyst, Permission.REGRADE_DIVISION);
        DivisionCode division = PlanDivision.parse(divisionCode);
        if (!analyst.scope().includes(division)) {
            throw PlanDivision.outOfScope(audit, analyst, division);
        }
        List<Target> targets = new ArrayList<>();
        int[] supervised = new int[1];
        enterprises.forEachWithin(division.scope(), card -> {
            List<Regime> regimes = regimesOf(card);
            supervised[0] += regimes.isEmpty() ? 0 : 1;
            regimes.forEach(regime -> targets.add(new Target(card, regime)));
        });
        int changed = 0;
        int lifted = 0;
        Map<String, Integer> byGrade = new TreeMap<>();
        for (Regrade r : regrade(targets, analyst.getUsername(), "YEARLY", true)) {
            byGrade.merge(r.after().grade(), 1, Integer::sum);
            changed += r.before() == null || !r.before().grade().equals(r.after().grade()) ? 1 : 0;
            lifted += r.before() != null && r.before().overridden() ? 1 : 0;
        }
        Regraded summary = new Regraded(division.value(), supervised[0], targets.size(), changed, lifted,
                Collections.unmodifiableMap(byGrade));
        audit.record(AuditRecord.of(analyst, "YEARLY_REGRADE", SUBJECT, division.value(), division, null,
                Map.of("enterprises", summary.enterprises(), "graded", summary.graded(), "changed", changed,
                        "overridesLifted", lifted, "byGrade", summary.byGrade())));
        return summary;
    }

    /** An analyst sets the grade by judgement; the reason is required and goes on the trail with the grade. */
    @Transactional
    public GradeView override(StaffUser analyst, String creditCode, String regimeName, String gradeName,
                              String reason) {
        access.require(analyst, Permission.GRADE_ENTERPRISE);
        EnterpriseCard card = enterprise(analyst, creditCode);
        List<FieldViolation> faults = new ArrayList<>();
        Grade grade = null;
        try {
            grade = Grade.valueOf(gradeName == null ? "" : gradeName.strip());
        } catch (IllegalArgumentException e) {
            faults.add(FieldViolation.of("grade", new Violation("E7113", "grading.grade.unknown", String.valueOf(gradeName))));
        }
        Regime regime = regimeOf(card, regimeName, faults);
        if (reason == null || reason.isBlank()) {
            faults.add(FieldViolation.of("reason", new Violation("E7110", "grading.override.reason.required")));
        } else if (reason.length() > MAX_REASON) {
            faults.add(FieldViolation.of("reason", new Violation("E7114", "grading.override.reason.long", MAX_REASON)));
        }
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        GradeView before = store.grade(card.creditCode(), regime)
                .orElseGet(() -> regrade(card, regime, "system", "FIRST_GRADE", false));
        GradeView after = new GradeView(before.creditCode(), before.regime(), grade.name(), before.computedGrade(),
                before.tableVersion(), before.staticPoints(), before.dynamicPoints(), before.reasons(), reason.strip(),
                analyst.getUsername(), now());
        // the trail before the grade, as every grading writer does (see the bulk re-grade)
        audit.record(AuditRecord.of(analyst, "GRADE_OVERRIDDEN", SUBJECT, card.creditCode(), card.division(),
                Map.of("regime", regime.name(), "grade", before.grade()),
                Map.of("regime", regime.name(), "grade", after.grade(), "computedGrade", after.computedGrade(),
                        "reason", after.overrideReason())));
        store.save(after, card.division().value(), "OVERRIDE", analyst.getUsername());
        if (!before.grade().equals(after.grade())) {
            events.publishEvent(new GradeChanged(card.creditCode(), regime.name(), before.grade(), after.grade(),
                    after.tableVersion(), "OVERRIDE"));
        }
        return after;
    }

    /** Re-grades after an inspection was recorded: called by the inspection records use case. */
    List<GradeView> regradeAfterInspection(EnterpriseCard card, String actor) {
        return regradeAll(card, actor, "INSPECTION");
    }

    /**
     * Re-grades enterprises after something recorded elsewhere changed their inputs (equipment units' periodic
     * inspections, …): called by the module's event listeners, acting as the system, in one bulk pass however many
     * there are. Unknown or unsupervised enterprises are nothing to grade.
     */
    void regradeAfter(Collection<String> creditCodes, String cause) {
        List<Target> targets = new ArrayList<>();
        for (EnterpriseCard card : enterprises.findAll(creditCodes).values()) {
            regimesOf(card).forEach(regime -> targets.add(new Target(card, regime)));
        }
        targets.sort(Comparator.comparing((Target t) -> t.card().creditCode()).thenComparing(Target::regime));
        regrade(targets, "system", cause, false);
    }

    /**
     * Records a risk event another module decided (a failed sample: {@code samplingFailure}) under its {@code note}
     * (the sample's number), acting as the system, and re-grades; recorded once however often the event is delivered.
     * Unknown enterprises have nothing to grade.
     */
    void recordEventAfter(String creditCode, String factor, LocalDate on, String note) {
        EnterpriseCard card = enterprises.findAll(List.of(creditCode)).get(creditCode);
        if (card == null) {
            return;
        }
        store.deleteEvents(creditCode, factor, note);
        store.insertEvent(creditCode, factor, on, note, SYSTEM);
        audit.record(new AuditRecord(SYSTEM, "RISK_EVENT_RECORDED", SUBJECT, creditCode, card.division(), null,
                Map.of("factor", factor, "on", on.toString(), "note", note)));
        regradeAfter(List.of(creditCode), "EVENT:" + factor);
    }

    /** Withdraws what {@link #recordEventAfter} recorded under {@code note} (the failure was overturned), re-grading. */
    void withdrawEventAfter(String creditCode, String factor, String note) {
        EnterpriseCard card = enterprises.findAll(List.of(creditCode)).get(creditCode);
        if (card == null || store.deleteEvents(creditCode, factor, note) == 0) {
            return;
        }
        audit.record(new AuditRecord(SYSTEM, "RISK_EVENT_WITHDRAWN", SUBJECT, creditCode, card.division(),
                Map.of("factor", factor, "note", note), null));
        regradeAfter(List.of(creditCode), "EVENT_WITHDRAWN:" + factor);
    }

    private List<GradeView> regradeAll(EnterpriseCard card, String actor, String cause) {
        return regrade(regimesOf(card).stream().map(regime -> new Target(card, regime)).toList(), actor, cause, false)
                .stream().map(Regrade::after).toList();
    }

    GradeView regrade(EnterpriseCard card, Regime regime, String actor, String cause, boolean liftOverride) {
        return regrade(List.of(new Target(card, regime)), actor, cause, liftOverride).get(0).after();
    }

    /** An enterprise in one of its regimes, to be graded. */
    private record Target(EnterpriseCard card, Regime regime) {
    }

    /** A grade given, with the one it replaced (null the first time). */
    private record Regrade(GradeView before, GradeView after) {
    }

    /**
     * Grades the targets with the tables in force, reading every input of all of them at once: one enterprise or a
     * province cost the same few queries (plus two batched writes). An override stands unless lifted. A changed
     * grade goes on the audit trail and is published as {@link GradeChanged}.
     */
    private List<Regrade> regrade(List<Target> targets, String actor, String cause, boolean liftOverride) {
        if (targets.isEmpty()) {
            return List.of();
        }
        List<String> codes = targets.stream().map(t -> t.card().creditCode()).distinct().toList();
        LocalDate today = today();
        Map<String, Map<String, String>> facts = store.staticFactsOf(codes);
        Map<String, Map<String, Integer>> inspections = store.inspectionCountsOf(codes, today.minusYears(1), today);
        Map<String, Map<String, Integer>> riskEvents = store.eventCountsOf(codes, today.minusYears(1),
                today.minusYears(3));
        Map<String, UnitCounts> units = equipment.countsOf(targets.stream()
                .filter(t -> t.regime() == Regime.SPECIAL_EQUIPMENT).map(t -> t.card().creditCode()).distinct()
                .toList());
        Map<String, GradeView> previousGrades = store.gradesOf(codes);
        Instant now = now();
        List<Regrade> out = new ArrayList<>(targets.size());
        List<GradeStore.Graded> rows = new ArrayList<>(targets.size());
        List<AuditRecord> records = new ArrayList<>();
        List<GradeChanged> changes = new ArrayList<>();
        for (Target t : targets) {
            EnterpriseCard card = t.card();
            Regime regime = t.regime();
            String code = card.creditCode();
            ScoringTable table = table(regime);
            Scoring scoring = table.score(profile(card, regime, facts.getOrDefault(code, Map.of()), units.get(code),
                    inspections.getOrDefault(code, Map.of()), riskEvents.getOrDefault(code, Map.of())));
            GradeView previous = previousGrades.get(code + "/" + regime.name());
            boolean keepOverride = !liftOverride && previous != null && previous.overridden();
            List<GradeView.Reason> reasons = new ArrayList<>();
            for (Scoring.Contribution c : scoring.contributions()) {
                reasons.add(new GradeView.Reason(c.rule().part().name(), c.rule().factor(), c.rule().value(),
                        c.rule().label(), c.points()));
            }
            GradeView g = new GradeView(code, regime.name(),
                    keepOverride ? previous.grade() : scoring.grade().name(), scoring.grade().name(), table.version(),
                    scoring.staticPoints(), scoring.dynamicPoints(), reasons,
                    keepOverride ? previous.overrideReason() : null, keepOverride ? previous.overriddenBy() : null, now);
            rows.add(new GradeStore.Graded(g, card.division().value(), cause, actor));
            out.add(new Regrade(previous, g));
            if (previous == null || !previous.grade().equals(g.grade())
                    || !previous.computedGrade().equals(g.computedGrade())) {
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("regime", regime.name());
                after.put("grade", g.grade());
                after.put("computedGrade", g.computedGrade());
                after.put("total", g.total());
                after.put("tableVersion", g.tableVersion());
                after.put("cause", cause);
                records.add(new AuditRecord(actor, "GRADED", SUBJECT, code, card.division(),
                        previous == null ? null : Map.of("regime", regime.name(), "grade", previous.grade()), after));
            }
            if (previous == null || !previous.grade().equals(g.grade())) {
                changes.add(new GradeChanged(code, regime.name(), previous == null ? null : previous.grade(),
                        g.grade(), g.tableVersion(), cause));
            }
        }
        // The trail first, then the grades: every writer that does both (recording an inspection, a bulk re-grade)
        // then takes the audit chain's lock before the grade rows', so two of them never wait on each other.
        audit.recordAll(records);
        store.saveAll(rows);
        changes.forEach(events::publishEvent);
        return out;
    }

    private static GradingProfile profile(EnterpriseCard card, Regime regime, Map<String, String> facts,
                                          UnitCounts units, Map<String, Integer> inspections,
                                          Map<String, Integer> riskEvents) {
        GradingProfile p = new GradingProfile();
        facts.forEach(p::fact);
        if (regime == Regime.FOOD) {
            p.fact("foodCategory", card.foodCategoryNumber());
        } else {
            units.byKind().forEach((kind, n) -> p.count("units." + kind, n));
            p.count("agedUnits", units.aged());
            p.count("overdueUnits", units.overdue());
        }
        inspections.forEach(p::count);
        riskEvents.forEach((factor, n) -> {
            p.count(factor, n);
            p.fact(factor, "YES");
        });
        return p;
    }

    static List<Regime> regimesOf(EnterpriseCard card) {
        List<Regime> regimes = new ArrayList<>(2);
        if (card.foodProducer()) {
            regimes.add(Regime.FOOD);
        }
        if (card.specialEquipmentUser()) {
            regimes.add(Regime.SPECIAL_EQUIPMENT);
        }
        return regimes;
    }

    private static Regime regimeOf(EnterpriseCard card, String name, List<FieldViolation> faults) {
        List<Regime> regimes = regimesOf(card);
        if (name == null || name.isBlank()) {
            if (regimes.size() == 1) {
                return regimes.get(0);
            }
        } else {
            for (Regime r : regimes) {
                if (r.name().equalsIgnoreCase(name.strip())) {
                    return r;
                }
            }
        }
        faults.add(FieldViolation.of("regime", new Violation("E7111", "grading.regime.notSupervised",
                String.valueOf(name))));
        return null;
    }

    /** The enterprise within the caller's division; 404 otherwise, a foreign one audited. */
    EnterpriseCard enterprise(StaffUser user, String creditCode) {
        String code = creditCode == null ? "" : creditCode.strip().toUpperCase();
        EnterpriseCard card = enterprises.find(code, user.scope()).orElseThrow(() -> {
            EnterpriseCard foreign = enterprises.findAll(List.of(code)).get(code);
            if (foreign != null) {
                audit.recordRefusal(AuditRecord.of(user, "ACCESS_DENIED", SUBJECT, code, foreign.division(), null,
                        Map.of("actorDivision", user.division().value())));
            }
            return new NotFoundException("creditCode", code);
        });
        if (regimesOf(card).isEmpty()) {
            throw new ValidationException(FieldViolation.of("creditCode",
                    new Violation("E7111", "grading.regime.notSupervised", code)));
        }
        return card;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
