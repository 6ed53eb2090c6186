package org.qualityguard.sampling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qualityguard.enterprise.EnterpriseCard;
import org.qualityguard.enterprise.EnterpriseDirectory;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.power.AuthorisedAct;
import org.qualityguard.power.PowerAct;
import org.qualityguard.power.PowerGuard;
import org.qualityguard.sampling.domain.ObjectionWindow;
import org.qualityguard.sampling.domain.ProductCategory;
import org.qualityguard.sampling.domain.SampleStatus;
import org.qualityguard.sampling.domain.SamplingCatalogue;
import org.qualityguard.sampling.domain.SamplingError;
import org.qualityguard.sampling.domain.Verdicts;
import org.qualityguard.sampling.persistence.SampleStore;
import org.qualityguard.sampling.persistence.StandardStore;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionScope;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.shared.Page;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.WorkingDays;
import org.qualityguard.shared.Workflow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervisory samples from taking to publication. A sample is taken under the power item of its kind (food sampling,
 * product sampling: the guard must pass the sampling organisation), at an enterprise of the registry within the
 * sampler's division; the laboratory's results are judged against the standards table on the sampling date; a
 * failure is published as {@link SamplingFailed} at once (the grade and enforcement act on it), the enterprise may
 * object within its {@link ObjectionWindow}, and a result reaches the portal only when nothing can change it any
 * more. Every step is on the audit trail and moves the sample along {@link SampleStatus#WORKFLOW}.
 *
 * <p>Refusals: E4330 a malformed sample number, E4337 one already taken, E4331 an enterprise not in the registry or outside the
 * division, E4332 what was sampled matched by no standard of the table, E4333 an objection after its window, E4334 a
 * step the sample's state does not allow, E4335 a date after today or before the sampling, E4336 a decision's outcome
 * unknown; the standards' own E4320–E4327 for results that cannot be judged; E4301/E4302 required or too long.
 */
@Service
public class Samples {

    public static final String SUBJECT = "sample";
    static final String SYSTEM = "system";
    private static final int PORTAL_ROWS = 200;

    private final SampleStore store;
    private final StandardStore standards;
    private final StandardsTable table;
    private final EnterpriseDirectory enterprises;
    private final PowerGuard guard;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final BusinessTime time;
    private final ObjectionWindow window;
    private final ApplicationEventPublisher events;
    private final Map<ProductCategory.Kind, String> powerItems;
    private final SamplingCatalogue catalogue = SamplingCatalogue.shipped();

    Samples(SampleStore store, StandardStore standards, StandardsTable table, EnterpriseDirectory enterprises,
            PowerGuard guard, AccessPolicy access, AuditTrail audit, BusinessTime time, WorkingDays workingDays,
            ApplicationEventPublisher events,
            @Value("${qualityguard.power.acts.food-sampling}") String foodItem,
            @Value("${qualityguard.power.acts.product-sampling}") String productItem) {
        this.store = store;
        this.standards = standards;
        this.table = table;
        this.enterprises = enterprises;
        this.guard = guard;
        this.access = access;
        this.audit = audit;
        this.time = time;
        this.window = new ObjectionWindow(workingDays);
        this.events = events;
        this.powerItems = Map.of(ProductCategory.Kind.FOOD, foodItem, ProductCategory.Kind.INDUSTRIAL, productItem);
    }

    /**
     * A sample taken: its number (the seal label's), the enterprise, the catalogue category, what the standards call
     * the product ({@code appliesTo}: 生乳, 酱油, …), what it is, where and when it was taken and which laboratory
     * tests it.
     */
    public record TakeSample(String sampleNo, String creditCode, String category, String appliesTo, String product,
                             String brand, String specification, String batch, LocalDate producedOn,
                             LocalDate sampledOn, String sampledAt, String laboratory) {
    }

    @PowerAct("supervisory sampling")
    @Transactional
    public SampleView take(StaffUser sampler, TakeSample c) {
        Checked checked = check(sampler, c);
        return write(sampler, checked, guard.authorise(sampler, powerItems.get(checked.category().kind()),
                checked.enterprise().division()), false);
    }

    /** {@link #take} of a demo sample (marked 演示). */
    @PowerAct("demo supervisory sampling")
    @Transactional
    public SampleView takeDemo(StaffUser sampler, TakeSample c) {
        Checked checked = check(sampler, c);
        return write(sampler, checked, guard.authorise(sampler, powerItems.get(checked.category().kind()),
                checked.enterprise().division()), true);
    }

    /** A sample taken whose every field was found right. */
    private record Checked(TakeSample command, String sampleNo, ProductCategory category, String appliesTo,
                           EnterpriseCard enterprise) {
    }

    private Checked check(StaffUser sampler, TakeSample c) {
        access.require(sampler, Permission.TAKE_SAMPLES);
        List<FieldViolation> faults = new ArrayList<>();
        String no = sampleNumber(c.sampleNo());
        if (!no.matches("[A-Z0-9][A-Z0-9-]{2,39}")) {
            faults.add(FieldViolation.of("sampleNo", SamplingError.SAMPLE_NUMBER.violation(no)));
        } else if (store.exists(no)) {
            faults.add(FieldViolation.of("sampleNo", SamplingError.SAMPLE_NUMBER_TAKEN.violation(no)));
        }
        ProductCategory category = catalogue.find(c.category()).orElse(null);
        if (category == null) {
            faults.add(FieldViolation.of("category", SamplingError.CATEGORY_UNKNOWN.violation(String.valueOf(c.category()))));
        }
        String appliesTo = text(c.appliesTo());
        if (appliesTo == null) {
            faults.add(FieldViolation.of("appliesTo", SamplingError.REQUIRED.violation()));
        } else if (standards.latest().stream().noneMatch(l -> l.appliesTo().equals(appliesTo))) {
            faults.add(FieldViolation.of("appliesTo", SamplingError.NO_STANDARD_APPLIES.violation(appliesTo)));
        }
        required(faults, "product", c.product(), 200);
        required(faults, "sampledAt", c.sampledAt(), 200);
        required(faults, "laboratory", c.laboratory(), 200);
        optional(faults, "brand", c.brand(), 100);
        optional(faults, "specification", c.specification(), 100);
        optional(faults, "batch", c.batch(), 100);
        LocalDate today = time.today();
        if (c.sampledOn() == null) {
            faults.add(FieldViolation.of("sampledOn", SamplingError.REQUIRED.violation()));
        } else if (c.sampledOn().isAfter(today)) {
            faults.add(FieldViolation.of("sampledOn", SamplingError.DATE_OUT_OF_RANGE.violation(c.sampledOn(), today)));
        }
        if (c.producedOn() != null && c.sampledOn() != null && c.producedOn().isAfter(c.sampledOn())) {
            faults.add(FieldViolation.of("producedOn",
                    SamplingError.DATE_OUT_OF_RANGE.violation(c.producedOn(), c.sampledOn())));
        }
        EnterpriseCard enterprise = c.creditCode() == null ? null
                : enterprises.find(c.creditCode().strip(), sampler.scope()).orElse(null);
        if (enterprise == null) {
            faults.add(FieldViolation.of("creditCode",
                    SamplingError.ENTERPRISE_UNKNOWN.violation(String.valueOf(c.creditCode()))));
        }
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        return new Checked(c, no, category, appliesTo, enterprise);
    }

    private SampleView write(StaffUser sampler, Checked checked, AuthorisedAct act, boolean demo) {
        TakeSample c = checked.command();
        String no = checked.sampleNo();
        EnterpriseCard enterprise = checked.enterprise();
        ProductCategory category = checked.category();
        SampleView sample = new SampleView(no, act.itemCode(), act.version(), sampler.organisationName(),
                enterprise.division().value(), enterprise.creditCode(), enterprise.name(), category.code(),
                category.kind().name(), checked.appliesTo(), c.product().strip(), text(c.brand()), text(c.specification()),
                text(c.batch()), c.producedOn(), c.sampledOn(), c.sampledAt().strip(), c.laboratory().strip(),
                SampleStatus.WORKFLOW.initial().name(), null, null, null, null, sampler.getUsername(), demo,
                List.of(), null);
        store.insert(sample, String.valueOf(sampler.organisationId()), time.now());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("powerItem", act.itemCode() + " v" + act.version());
        after.put("enterprise", enterprise.name());
        after.put("product", sample.product());
        after.put("sampledOn", c.sampledOn().toString());
        after.put("laboratory", sample.laboratory());
        audit.record(AuditRecord.of(sampler, "SAMPLE_TAKEN", SUBJECT, no, enterprise.division(), null, after));
        return store.find(no).orElseThrow();
    }

    /**
     * The laboratory's results: a value per test item ({@code null}: not detected), tested on {@code testedOn}
     * (today when not given). All items are judged or none is written; the sample conforms or fails on them.
     */
    @Transactional
    public SampleView enterResults(StaffUser laboratory, String sampleNo, List<Verdicts.Measurement> measurements,
                                   LocalDate testedOn) {
        SampleView s = visible(laboratory, sampleNo);
        access.requireAt(laboratory, Permission.ENTER_SAMPLE_RESULTS, new DivisionCode(s.divisionCode()));
        requireState(s, SampleStatus.SAMPLED);
        LocalDate today = time.today();
        LocalDate tested = testedOn == null ? today : testedOn;
        if (tested.isAfter(today) || tested.isBefore(s.sampledOn())) {
            throw new ValidationException(FieldViolation.of("testedOn",
                    SamplingError.DATE_OUT_OF_RANGE.violation(tested, s.sampledOn() + " – " + today)));
        }
        Verdicts.SampleVerdict verdict = table.judge(measurements == null ? List.of() : measurements, s.appliesTo(),
                s.sampledOn());
        List<SampleView.Result> rows = new ArrayList<>();
        for (Verdicts.ItemVerdict v : verdict.items()) {
            rows.add(new SampleView.Result(rows.size() + 1, v.limit().standardNo(), v.measurement().item(),
                    v.measurement().value(), v.measurement().unit(), v.limit().limit(), v.limit().unit(),
                    v.limit().comparison().name(), v.limit().version(), v.conforms()));
        }
        Workflow.Transition<SampleStatus> edge = edge(s, verdict.conforms() ? SampleStatus.CONFORM : SampleStatus.FAIL);
        LocalDate objectionUntil = verdict.conforms() ? null
                : window.lastDay(ProductCategory.Kind.valueOf(s.categoryKind()), tested);
        if (!store.recordResults(s.sampleNo(), edge, rows, tested, objectionUntil, laboratory.getUsername(),
                time.now())) {
            throw stateRefused(s);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("testedOn", tested.toString());
        after.put("conforms", verdict.conforms());
        after.put("failed", verdict.failed().stream().map(v -> v.measurement().item()).toList());
        if (objectionUntil != null) {
            after.put("objectionUntil", objectionUntil.toString());
        }
        audit.record(AuditRecord.of(laboratory, "SAMPLE_RESULTS_ENTERED", SUBJECT, s.sampleNo(),
                new DivisionCode(s.divisionCode()), null, after));
        SampleView judged = store.find(s.sampleNo()).orElseThrow();
        if (!verdict.conforms()) {
            events.publishEvent(failure(judged));
        }
        return judged;
    }

    private static SamplingFailed failure(SampleView s) {
        List<SamplingFailed.FailedItem> items = s.failed().stream().map(r -> new SamplingFailed.FailedItem(
                r.standardNo(), r.item(), r.measured(), r.unit(), r.limit(), r.comparison())).toList();
        return new SamplingFailed(s.sampleNo(), s.creditCode(), s.enterpriseName(), s.divisionCode(), s.category(),
                ProductCategory.Kind.FOOD.name().equals(s.categoryKind()), s.product(), s.brand(), s.batch(),
                s.sampledOn(), s.testedOn(), s.laboratory(), s.powerItem(), items, s.demo());
    }

    /** The enterprise's objection to a failure (received on {@code lodgedOn}), refused after its window. */
    @Transactional
    public SampleView lodgeObjection(StaffUser officer, String sampleNo, LocalDate lodgedOn, String grounds) {
        SampleView s = visible(officer, sampleNo);
        access.requireAt(officer, Permission.TAKE_SAMPLES, new DivisionCode(s.divisionCode()));
        requireState(s, SampleStatus.FAILED);
        if (s.objection() != null) {
            throw stateRefused(s);
        }
        LocalDate today = time.today();
        LocalDate on = lodgedOn == null ? today : lodgedOn;
        if (on.isAfter(today) || on.isBefore(s.testedOn())) {
            throw new ValidationException(FieldViolation.of("lodgedOn",
                    SamplingError.DATE_OUT_OF_RANGE.violation(on, s.testedOn() + " – " + today)));
        }
        if (on.isAfter(s.objectionUntil())) {
            throw new ValidationException(FieldViolation.of("lodgedOn",
                    SamplingError.OBJECTION_LATE.violation(on, s.objectionUntil())));
        }
        List<FieldViolation> faults = new ArrayList<>();
        required(faults, "grounds", grounds, 2000);
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        move(s, SampleStatus.OBJECT, null);
        store.insertObjection(s.sampleNo(), on, grounds.strip(), officer.getUsername(), time.now());
        audit.record(AuditRecord.of(officer, "SAMPLE_OBJECTION_LODGED", SUBJECT, s.sampleNo(),
                new DivisionCode(s.divisionCode()), null, Map.of("lodgedOn", on.toString(), "grounds", grounds.strip())));
        return store.find(s.sampleNo()).orElseThrow();
    }

    /** The outcome of an objection: {@code UPHELD} (the failure stands) or {@code OVERTURNED}, with the reason. */
    @Transactional
    public SampleView decideObjection(StaffUser chief, String sampleNo, String outcome, String reason) {
        SampleView s = visible(chief, sampleNo);
        access.requireAt(chief, Permission.DECIDE_SAMPLING_OBJECTION, new DivisionCode(s.divisionCode()));
        requireState(s, SampleStatus.OBJECTED);
        String command = "UPHELD".equals(outcome) ? SampleStatus.UPHOLD
                : "OVERTURNED".equals(outcome) ? SampleStatus.OVERTURN : null;
        List<FieldViolation> faults = new ArrayList<>();
        if (command == null) {
            faults.add(FieldViolation.of("objectionOutcome", SamplingError.OUTCOME_UNKNOWN.violation(String.valueOf(outcome))));
        }
        required(faults, "reason", reason, 2000);
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        LocalDate today = time.today();
        move(s, command, null);
        store.decideObjection(s.sampleNo(), outcome, reason.strip(), today, chief.getUsername(), time.now());
        audit.record(AuditRecord.of(chief, "SAMPLE_OBJECTION_DECIDED", SUBJECT, s.sampleNo(),
                new DivisionCode(s.divisionCode()), null, Map.of("outcome", outcome, "reason", reason.strip())));
        if (command.equals(SampleStatus.OVERTURN)) {
            events.publishEvent(new SamplingFailureOverturned(s.sampleNo(), s.creditCode(), today));
        }
        return store.find(s.sampleNo()).orElseThrow();
    }

    /**
     * Publishes every result nothing can change any more as of today — conforming samples, failures whose objection
     * window passed without objection or whose objection was upheld — acting as the system: the daily sweep. Returns
     * the samples published.
     */
    @Transactional
    public List<String> publishDue() {
        return publishDue(SYSTEM, null);
    }

    /** {@link #publishDue()} of the chief's division, asked for by the chief ("publish now"). */
    @Transactional
    public List<String> publishDue(StaffUser chief) {
        access.require(chief, Permission.PUBLISH_SAMPLE_RESULTS);
        return publishDue(chief.getUsername(), chief.scope());
    }

    private List<String> publishDue(String by, DivisionScope scope) {
        LocalDate today = time.today();
        List<String> published = new ArrayList<>();
        for (String no : store.publishable(today)) {
            SampleView s = store.find(no).orElseThrow();
            DivisionCode division = new DivisionCode(s.divisionCode());
            if (scope != null && !scope.includes(division)) {
                continue;
            }
            String command = s.status().equals(SampleStatus.CONFORMING.name()) ? SampleStatus.PUBLISH
                    : SampleStatus.PUBLISH_FAILURE;
            if (store.move(no, edge(s, command), today)) {
                published.add(no);
                audit.record(new AuditRecord(by, "SAMPLE_RESULT_PUBLISHED", SUBJECT, no, division, null,
                        Map.of("publishedOn", today.toString(), "conforms", Boolean.TRUE.equals(s.conforms()))));
            }
        }
        return published;
    }

    @Transactional(readOnly = true)
    public SampleView get(StaffUser reader, String sampleNo) {
        return visible(reader, sampleNo);
    }

    @Transactional(readOnly = true)
    public Page<SampleView> list(StaffUser reader, String status, PageRequest page) {
        access.require(reader, Permission.READ_SAMPLES);
        String st = status == null || status.isBlank() ? null : status;
        long total = store.count(reader.scope(), st);
        return new Page<>(store.page(reader.scope(), st, page.offset(), page.size()), page.page(), page.size(), total);
    }

    /** What the standards table can judge: the products its rows apply to, for the sampling form. */
    @Transactional(readOnly = true)
    public List<String> judgeableProducts() {
        return standards.latest().stream().map(l -> l.appliesTo()).distinct().sorted().toList();
    }

    public SamplingCatalogue catalogue() {
        return catalogue;
    }

    /** Published results, latest first, for the portal (no inspector names, no objection grounds). */
    @Transactional(readOnly = true)
    public List<SampleView> published() {
        return store.published(PORTAL_ROWS);
    }

    private SampleView visible(StaffUser reader, String sampleNo) {
        access.require(reader, Permission.READ_SAMPLES);
        String no = sampleNumber(sampleNo);
        return store.find(no).filter(s -> reader.scope().includes(new DivisionCode(s.divisionCode())))
                .orElseThrow(() -> new NotFoundException("sampleNo", no));
    }

    private void move(SampleView s, String command, LocalDate publishedOn) {
        if (!store.move(s.sampleNo(), edge(s, command), publishedOn)) {
            throw stateRefused(s);
        }
    }

    private static Workflow.Transition<SampleStatus> edge(SampleView s, String command) {
        return SampleStatus.WORKFLOW.transition(SampleStatus.valueOf(s.status()), command)
                .orElseThrow(() -> stateRefused(s));
    }

    private static void requireState(SampleView s, SampleStatus state) {
        if (!s.status().equals(state.name())) {
            throw stateRefused(s);
        }
    }

    private static ValidationException stateRefused(SampleView s) {
        return new ValidationException(FieldViolation.of("status",
                SamplingError.SAMPLE_STATE.violation(s.sampleNo(), s.status())));
    }

    private static void required(List<FieldViolation> faults, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            faults.add(FieldViolation.of(field, SamplingError.REQUIRED.violation()));
        } else {
            optional(faults, field, value, max);
        }
    }

    private static void optional(List<FieldViolation> faults, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            faults.add(FieldViolation.of(field, SamplingError.TOO_LONG.violation(max, value.strip().length())));
        }
    }

    /** A sample number as written on its seal label, whatever case it was typed in. */
    private static String sampleNumber(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
