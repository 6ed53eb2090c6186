package org.qualityguard.power;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.ListExports;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.power.supervision.SupervisionStore;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionLevel;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.shared.Page;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.shared.SortOrder;
import org.qualityguard.shared.WorkingDays;
import org.qualityguard.shared.sheet.SheetWriter;
import org.qualityguard.shared.sheet.SheetWriter.Column;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Electronic supervision (电子监察) of a division, for its supervisors ({@link Permission#SUPERVISE_POWER}): the running
 * acts counted by division and by item (on time, yellow, red), every card in the division by item and by organisation,
 * and supervision notices — issued on an act (or its card) with a due day in working days, answered once by the acting
 * unit, an answer after its due day (or none by then) flagged. Every notice and answer is on the audit trail.
 *
 * <p>Refusals: E4185 a notice without text, E4186 a due period outside 1–30 working days, E4187 an answer without text,
 * E4188 a notice already answered, E4182 an answer from another organisation than the act's, E4190 a card of another
 * act.
 */
@Service
public class ElectronicSupervision {

    static final String NOTICE_SUBJECT = "power-notice";
    static final int LONGEST_DUE = 30;

    private final SupervisionStore store;
    private final RunningActs acts;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final BusinessTime time;
    private final WorkingDays workingDays;
    private final ListExports exports;
    private final Divisions divisions;

    ElectronicSupervision(SupervisionStore store, RunningActs acts, AccessPolicy access, AuditTrail audit,
                          BusinessTime time, WorkingDays workingDays, ListExports exports, Divisions divisions) {
        this.store = store;
        this.acts = acts;
        this.access = access;
        this.audit = audit;
        this.time = time;
        this.workingDays = workingDays;
        this.exports = exports;
        this.divisions = divisions;
    }

    /** The dashboard's figures: running acts by division (the next level down) and by item. */
    public record Dashboard(LocalDate today, SupervisionTally total, List<SupervisionTally> byDivision,
                            List<SupervisionTally> byItem, List<SupervisionNotice> notices) {
    }

    /** A notice to issue: on an act (and, optionally, the card that prompted it), answer due in working days. */
    public record IssueNotice(String actId, Long cardId, String text, int dueInWorkingDays) {
    }

    public record CardFilter(String level, String itemCode, Long organisationId) {
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(StaffUser supervisor) {
        access.require(supervisor, Permission.SUPERVISE_POWER);
        var scope = supervisor.scope();
        int digits = supervisor.division().level() == DivisionLevel.PROVINCE ? 4 : 6;
        List<SupervisionTally> byDivision = store.tally(scope, false, digits).stream()
                .map(t -> new SupervisionTally(t.key(), divisions.labelOf(t.key()), t.running(), t.onTime(),
                        t.yellow(), t.red()))
                .toList();
        List<SupervisionTally> byItem = store.tally(scope, true, 6);
        SupervisionTally total = new SupervisionTally("", divisions.labelOf(supervisor.division()),
                byItem.stream().mapToLong(SupervisionTally::running).sum(),
                byItem.stream().mapToLong(SupervisionTally::onTime).sum(),
                byItem.stream().mapToLong(SupervisionTally::yellow).sum(),
                byItem.stream().mapToLong(SupervisionTally::red).sum());
        return new Dashboard(time.today(), total, byDivision, byItem, store.notices(scope, 50));
    }

    @Transactional(readOnly = true)
    public Page<SupervisionCard> cards(StaffUser supervisor, CardFilter filter, PageRequest page) {
        access.require(supervisor, Permission.SUPERVISE_POWER);
        return store.cards(supervisor.scope(), storeFilter(filter), page);
    }

    @Transactional(readOnly = true)
    public Page<RunningAct> acts(StaffUser supervisor, String card, PageRequest page) {
        access.require(supervisor, Permission.SUPERVISE_POWER);
        return store.acts(supervisor.scope(), card, page);
    }

    /** The cards list, filtered and ordered as on screen, to .xlsx (audited as an export). */
    public void exportCards(StaffUser supervisor, CardFilter filter, SortOrder sort, Locale locale, OutputStream out)
            throws IOException {
        access.require(supervisor, Permission.SUPERVISE_POWER);
        SheetWriter<SupervisionCard> sheet = new SheetWriter<>("esup.cards.title", List.of(
                Column.plain("esup.field.act", SupervisionCard::actId),
                Column.plain("esup.field.item", SupervisionCard::itemCode),
                Column.plain("esup.field.organisation", SupervisionCard::organisationName),
                Column.plain("field.division", c -> divisions.labelOf(c.division())),
                Column.of("esup.field.level", (c, labels) -> labels.get("esup.card." + c.level())),
                Column.plain("esup.field.issuedOn", SupervisionCard::issuedOn),
                Column.plain("esup.field.used", SupervisionCard::used),
                Column.plain("esup.field.allowed", SupervisionCard::allowed),
                Column.plain("esup.field.deadline", SupervisionCard::deadline)));
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("level", filter.level());
        filters.put("item", filter.itemCode());
        filters.put("organisation", filter.organisationId());
        exports.write(supervisor, "power.supervision.cards", filters, sheet, locale, out,
                sink -> store.forEachCard(supervisor.scope(), storeFilter(filter), sort, sink));
    }

    @Transactional
    public SupervisionNotice issue(StaffUser supervisor, IssueNotice n) {
        RunningAct act = acts.visible(supervisor, n.actId());
        access.requireAt(supervisor, Permission.SUPERVISE_POWER, new DivisionCode(act.division()));
        if (n.text() == null || n.text().isBlank()) {
            throw RunningActs.refused("text", "E4185", "power.notice.text.missing");
        }
        if (n.dueInWorkingDays() < 1 || n.dueInWorkingDays() > LONGEST_DUE) {
            throw RunningActs.refused("dueInWorkingDays", "E4186", "power.notice.due.range", n.dueInWorkingDays(),
                    LONGEST_DUE);
        }
        if (n.cardId() != null && store.card(n.cardId()).filter(c -> c.actId().equals(act.actId())).isEmpty()) {
            throw RunningActs.refused("cardId", "E4190", "power.notice.card.otherAct", n.cardId(), act.actId());
        }
        LocalDate today = time.today();
        LocalDate due = workingDays.plusWorkingDays(today, n.dueInWorkingDays());
        SupervisionNotice draft = new SupervisionNotice(0, act.actId(), n.cardId(), act.division(),
                act.organisationId(), n.text().strip(), supervisor.getUsername(), today, due, null, null, null);
        long id = store.insertNotice(draft, time.now());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("act", act.actId());
        if (n.cardId() != null) {
            after.put("card", n.cardId());
        }
        after.put("organisation", act.organisationName());
        after.put("dueOn", due.toString());
        after.put("text", draft.text());
        audit.record(AuditRecord.of(supervisor, "POWER_NOTICE_ISSUED", NOTICE_SUBJECT, Long.toString(id),
                new DivisionCode(act.division()), null, after));
        return store.notice(id).orElseThrow();
    }

    /** The acting unit's answer to a notice on its act; once. */
    @Transactional
    public SupervisionNotice answer(StaffUser unit, long noticeId, String answer) {
        SupervisionNotice notice = store.notice(noticeId).orElseThrow(() -> new NotFoundException("noticeId",
                Long.toString(noticeId)));
        RunningAct act = acts.visible(unit, notice.actId());
        access.requireAt(unit, Permission.RUN_POWER_ACT, new DivisionCode(act.division()));
        if (act.organisationId() != unit.organisationId()) {
            throw RunningActs.refused("noticeId", "E4182", "power.act.otherOrganisation", act.actId(),
                    act.organisationName());
        }
        if (answer == null || answer.isBlank()) {
            throw RunningActs.refused("answer", "E4187", "power.notice.answer.missing");
        }
        LocalDate today = time.today();
        if (!store.answer(noticeId, answer.strip(), unit.getUsername(), today, time.now())) {
            throw RunningActs.refused("noticeId", "E4188", "power.notice.answered", noticeId);
        }
        SupervisionNotice answered = store.notice(noticeId).orElseThrow();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("answer", answered.answer());
        after.put("answeredOn", today.toString());
        after.put("late", answered.answerOverdue(today));
        audit.record(AuditRecord.of(unit, "POWER_NOTICE_ANSWERED", NOTICE_SUBJECT, Long.toString(noticeId),
                new DivisionCode(act.division()), Map.of("dueOn", notice.dueOn().toString()), after));
        return answered;
    }

    /** Reads every open act's clock as of the business today and issues the cards earned (on demand). */
    public int sweepNow(StaffUser supervisor) {
        access.require(supervisor, Permission.SUPERVISE_POWER);
        int issued = acts.sweep(time.today());
        audit.record(AuditRecord.of(supervisor, "POWER_CARDS_SWEPT", "power-cards", time.today().toString(),
                supervisor.division(), null, Map.of("issued", issued)));
        return issued;
    }

    public LocalDate today() {
        return time.today();
    }

    private static SupervisionStore.CardFilter storeFilter(CardFilter f) {
        return new SupervisionStore.CardFilter(blankToNull(f.level()), blankToNull(f.itemCode()), f.organisationId());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
