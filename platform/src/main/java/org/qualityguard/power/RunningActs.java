package org.qualityguard.power;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityguard.calendar.ClockId;
import org.qualityguard.calendar.Clocks;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.power.persistence.ItemStore;
import org.qualityguard.power.supervision.ActLimits;
import org.qualityguard.power.supervision.CardRule;
import org.qualityguard.power.supervision.SupervisionStore;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.qualityguard.shared.clock.ClockEvent;
import org.qualityguard.shared.clock.ClockReading;
import org.qualityguard.shared.clock.Exclusion;
import org.qualityguard.shared.clock.StatutoryClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acts run online on their statutory clocks. An act (an application received, a case opened, a seizure ordered)
 * starts, after the power guard let it pass, on the limit of the item it exercises ({@link ActLimits}: the promised
 * limit, else the statutory one, on the working-day calendar or in calendar days); its unit then records what the
 * law lets happen to the clock — 中止 (suspension), 中断 (interruption), a period the item excludes (hearing, testing,
 * …), resumption, 延长 (an extension, approved by the chief, with a reason, up to the law's maximum) — and finally its
 * completion. Each operation is appended to the clock's events (calendar module, append-only) and is on the audit
 * trail; after each, the clock is read again and a yellow or red card issued when it has earned one.
 *
 * <p>Refusals: E4180 an item with no time limit, E4181 a date missing, E4193 a date after today, E4182 another organisation's act, E4183 a
 * completed act, E4184 an excluded period the item does not exclude, E4189 an act id already used, E4192 no act id; the clock's own
 * rules E1070–E1077.
 */
@Service
public class RunningActs {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RunningActs.class);

    /** The kind of act whose clocks the calendar keeps for this module. */
    public static final String CLOCK_TYPE = "power.act";
    static final String SUBJECT = "power-act";
    static final String SYSTEM = "system";

    private final PowerGuard guard;
    private final ItemStore items;
    private final SupervisionStore store;
    private final Clocks clocks;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final BusinessTime time;
    private final CardRule rule;

    RunningActs(PowerGuard guard, ItemStore items, SupervisionStore store, Clocks clocks, AccessPolicy access,
                AuditTrail audit, BusinessTime time,
                @Value("${qualityguard.power.supervision.yellow-share:0.8}") double yellowShare) {
        this.guard = guard;
        this.items = items;
        this.store = store;
        this.clocks = clocks;
        this.access = access;
        this.audit = audit;
        this.time = time;
        this.rule = new CardRule(yellowShare);
    }

    /** Starting an act's clock: its id, the item it exercises, the division it concerns, the day it began. */
    public record StartAct(String actId, String itemCode, DivisionCode division, LocalDate startedOn) {
    }

    /** Something that happened to the clock (the extension's approver is the chief who records it). */
    public record ClockOperation(Kind kind, LocalDate on, String reason, Exclusion exclusion, Integer days) {
        public enum Kind { SUSPEND, INTERRUPT, EXCLUDE, RESUME, EXTEND }
    }

    /** An act with what happened to its clock, its cards and the notices on it. */
    public record ActRecord(RunningAct act, List<ClockEvent> events, List<SupervisionCard> cards,
                            List<SupervisionNotice> notices) {
    }

    @PowerAct("act under electronic supervision")
    @Transactional
    public RunningAct start(StaffUser actor, StartAct command) {
        checkStart(actor, command);
        return begin(actor, command, guard.authorise(actor, command.itemCode(), command.division()), false);
    }

    /** {@link #start} of a demo act (marked 演示). */
    @PowerAct("demo act under electronic supervision")
    @Transactional
    public RunningAct startDemo(StaffUser actor, StartAct command) {
        checkStart(actor, command);
        return begin(actor, command, guard.authorise(actor, command.itemCode(), command.division()), true);
    }

    private void checkStart(StaffUser actor, StartAct c) {
        if (c.actId() == null || c.actId().isBlank()) {
            throw refused("actId", "E4192", "power.act.id.missing");
        }
        if (c.division() == null || c.startedOn() == null) {
            throw refused(c.division() == null ? "division" : "startedOn", "E4181", "power.act.date.missing");
        }
        access.requireAt(actor, Permission.RUN_POWER_ACT, c.division());
        requireNotAfterToday("startedOn", c.startedOn());
    }

    private RunningAct begin(StaffUser actor, StartAct c, AuthorisedAct authorised, boolean demo) {
        ItemContent item = items.versions(authorised.itemCode()).stream()
                .filter(v -> v.version() == authorised.version()).findFirst().orElseThrow().content();
        ActLimits.ActLimit limit = ActLimits.of(item)
                .orElseThrow(() -> refused("itemCode", "E4180", "power.act.noLimit", item.code()));
        String actId = c.actId().strip();
        if (store.find(actId).isPresent()) {
            throw refused("actId", "E4189", "power.act.id.taken", actId);
        }
        StatutoryClock clock = clocks.start(clockId(actId), c.division(), c.startedOn(), limit.limit(),
                actor.getUsername());
        LocalDate today = time.today();
        ClockReading reading = rule.read(clock, today, null);
        RunningAct act = new RunningAct(actId, item.code(), authorised.version(), item.name(), actor.organisationId(),
                actor.organisationName(), c.division().value(), c.startedOn(), limit.source().name(), today,
                reading.deadline(), reading.allowed(), reading.used(), reading.state().name(),
                rule.card(reading).name(), null, demo);
        store.insert(act, actor.getUsername(), time.now());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("item", item.code() + " v" + authorised.version());
        after.put("organisation", actor.organisationName());
        after.put("startedOn", c.startedOn().toString());
        after.put("limit", limit.limit());
        after.put("limitSource", limit.source().name());
        after.put("deadline", reading.deadline().toString());
        audit.record(AuditRecord.of(actor, "POWER_ACT_STARTED", SUBJECT, actId, c.division(), null, after));
        issueCards(act, reading);
        return store.find(actId).orElseThrow();
    }

    /** Records a suspension, interruption, excluded period, resumption or (approved) extension of the act's clock. */
    @Transactional
    public RunningAct record(StaffUser actor, String actId, ClockOperation op) {
        RunningAct act = ownAct(actor, actId, op.kind() == ClockOperation.Kind.EXTEND
                ? Permission.EXTEND_TIME_LIMIT : Permission.RUN_POWER_ACT);
        if (op.on() == null) {
            throw refused("on", "E4181", "power.act.date.missing");
        }
        requireNotAfterToday("on", op.on());
        ClockEvent event = switch (op.kind()) {
            case SUSPEND -> new ClockEvent.Suspended(op.on(), op.reason());
            case INTERRUPT -> new ClockEvent.Interrupted(op.on(), op.reason());
            case EXCLUDE -> new ClockEvent.ExclusionBegun(op.on(), excludable(act, op.exclusion()), op.reason());
            case RESUME -> new ClockEvent.Resumed(op.on());
            case EXTEND -> new ClockEvent.Extended(op.on(), op.days() == null ? 0 : op.days(), op.reason(),
                    actor.getUsername());
        };
        StatutoryClock clock = clocks.record(clockId(act.actId()), event, actor.getUsername());
        return refresh(act, clock, time.today());
    }

    /** The act is done (decided, closed) on {@code on}: its clock is read as of that day from now on. */
    @Transactional
    public RunningAct complete(StaffUser actor, String actId, LocalDate on) {
        RunningAct act = ownAct(actor, actId, Permission.RUN_POWER_ACT);
        if (on == null) {
            throw refused("on", "E4181", "power.act.date.missing");
        }
        requireNotAfterToday("on", on);
        if (on.isBefore(act.startedOn())) {
            throw refused("on", "E1075", "clock.event.outOfOrder", on, act.startedOn());
        }
        store.complete(act.actId(), on);
        RunningAct done = store.find(act.actId()).orElseThrow();
        RunningAct after = refresh(done, clocks.clock(clockId(act.actId())), time.today());
        audit.record(AuditRecord.of(actor, "POWER_ACT_COMPLETED", SUBJECT, act.actId(),
                new DivisionCode(act.division()), Map.of("deadline", act.deadline().toString()),
                Map.of("completedOn", on.toString(), "card", after.card())));
        return after;
    }

    /** The act with its clock's events, cards and notices; 404 outside the reader's division. */
    @Transactional(readOnly = true)
    public ActRecord get(StaffUser reader, String actId) {
        RunningAct act = visible(reader, actId);
        return new ActRecord(act, clocks.clock(clockId(act.actId())).events(), store.cardsOf(act.actId()),
                store.noticesOf(act.actId()));
    }

    /**
     * Reads every open act's clock as of {@code today} and issues the cards earned: the daily sweep, and the same on
     * demand. Returns the cards issued.
     */
    @Transactional
    public int sweep(LocalDate today) {
        int issued = 0;
        for (String id : store.openActs()) {
            RunningAct act = store.find(id).orElseThrow();
            if (today.isBefore(act.startedOn())) {
                continue;
            }
            int before = store.cardsOf(id).size();
            try {
                refresh(act, clocks.clock(clockId(id)), today);
            } catch (ValidationException e) {
                // a clock that cannot be read (its deadline in a year whose calendar is not published, E1060) is left
                // as last read and flagged in the log; the other acts are still swept
                log.warn("Electronic supervision: the clock of {} could not be read on {}: {}", id, today,
                        e.violations());
                continue;
            }
            issued += store.cardsOf(id).size() - before;
        }
        return issued;
    }

    RunningAct visible(StaffUser reader, String actId) {
        RunningAct act = store.find(actId == null ? "" : actId.strip())
                .orElseThrow(() -> new NotFoundException("actId", actId));
        if (!access.holdsAt(reader, Permission.RUN_POWER_ACT, new DivisionCode(act.division()))
                && !access.holdsAt(reader, Permission.SUPERVISE_POWER, new DivisionCode(act.division()))) {
            access.recordRefusal(reader, SUBJECT, act.actId(), new DivisionCode(act.division()),
                    Map.of("actId", act.actId()));
            throw new NotFoundException("actId", actId);
        }
        return act;
    }

    /** The act of the actor's own organisation, still running, which the actor may act on. */
    RunningAct ownAct(StaffUser actor, String actId, Permission permission) {
        RunningAct act = visible(actor, actId);
        access.requireAt(actor, permission, new DivisionCode(act.division()));
        if (act.organisationId() != actor.organisationId()) {
            throw refused("actId", "E4182", "power.act.otherOrganisation", act.actId(), act.organisationName());
        }
        if (act.completed()) {
            throw refused("actId", "E4183", "power.act.completed", act.actId(), act.completedOn());
        }
        return act;
    }

    private Exclusion excludable(RunningAct act, Exclusion kind) {
        if (kind == null) {
            throw refused("exclusion", "E4184", "power.act.exclusion.notInItem", "—", act.itemCode());
        }
        ItemContent item = items.versions(act.itemCode()).stream().filter(v -> v.version() == act.itemVersion())
                .findFirst().orElseThrow().content();
        boolean listed = item.excluded().stream().anyMatch(e -> ((Enum<?>) e).name().equals(kind.name()));
        if (!listed) {
            throw refused("exclusion", "E4184", "power.act.exclusion.notInItem", kind.name(), act.itemCode());
        }
        return kind;
    }

    private RunningAct refresh(RunningAct act, StatutoryClock clock, LocalDate today) {
        ClockReading reading = rule.read(clock, today, act.completedOn());
        store.reading(act.actId(), reading, rule.card(reading));
        issueCards(act, reading);
        return store.find(act.actId()).orElseThrow();
    }

    private void issueCards(RunningAct act, ClockReading reading) {
        ClockReading.Card card = rule.card(reading);
        if (card != ClockReading.Card.NONE && store.issue(act, reading, card, time.now())) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("level", card.name());
            after.put("item", act.itemCode());
            after.put("organisation", act.organisationName());
            after.put("used", reading.used());
            after.put("allowed", reading.allowed());
            after.put("deadline", reading.deadline().toString());
            audit.record(new AuditRecord(SYSTEM, "POWER_CARD_ISSUED", SUBJECT, act.actId(),
                    new DivisionCode(act.division()), null, after));
        }
    }

    private void requireNotAfterToday(String field, LocalDate on) {
        LocalDate today = time.today();
        if (on.isAfter(today)) {
            throw refused(field, "E4193", "power.act.date.future", on, today);
        }
    }

    static ClockId clockId(String actId) {
        return new ClockId(CLOCK_TYPE, actId);
    }

    static ValidationException refused(String field, String code, String key, Object... arguments) {
        return new ValidationException(FieldViolation.of(field, new Violation(code, key, arguments)));
    }
}
