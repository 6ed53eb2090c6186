package org.qualityguard.power.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.qualityguard.identity.StaffUser;
import org.qualityguard.power.ElectronicSupervision;
import org.qualityguard.power.RunningAct;
import org.qualityguard.power.RunningActs;
import org.qualityguard.power.SupervisionCard;
import org.qualityguard.power.SupervisionNotice;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.Page;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.shared.clock.Exclusion;
import org.qualityguard.shared.sheet.SheetWriter;
import org.qualityguard.shared.web.SheetDownload;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Running acts on their clocks, their cards, and supervision notices, for integrations and the console's chart. */
@RestController
@RequestMapping(path = "/api/v1/power", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "power-supervision", description = "Electronic supervision: acts' statutory clocks, cards, notices")
class ElectronicSupervisionApiController {

    private final RunningActs acts;
    private final ElectronicSupervision supervision;

    ElectronicSupervisionApiController(RunningActs acts, ElectronicSupervision supervision) {
        this.acts = acts;
        this.supervision = supervision;
    }

    record StartRequest(String actId, String itemCode, String division, LocalDate startedOn) {
    }

    record ClockRequest(RunningActs.ClockOperation.Kind kind, LocalDate on, String reason, Exclusion exclusion,
                        Integer days) {
    }

    record CompletionRequest(LocalDate on) {
    }

    record NoticeRequest(String actId, Long cardId, String text, Integer dueInWorkingDays) {
    }

    record AnswerRequest(String answer) {
    }

    @PostMapping(path = "/acts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Start an act's statutory clock from its item's limit (RUN_POWER_ACT; the power guard decides "
            + "whether the organisation may act)")
    RunningAct start(@AuthenticationPrincipal StaffUser user, @RequestBody StartRequest r) {
        return acts.start(user, new RunningActs.StartAct(r.actId(), r.itemCode(),
                r.division() == null ? null : new DivisionCode(r.division()), r.startedOn()));
    }

    @GetMapping("/acts/{actId}")
    @Operation(summary = "An act with its clock's events, cards and notices; 404 outside the caller's division")
    RunningActs.ActRecord act(@AuthenticationPrincipal StaffUser user, @PathVariable String actId) {
        return acts.get(user, actId);
    }

    @PostMapping(path = "/acts/{actId}/clock", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Suspend, interrupt, exclude a period, resume, or extend (EXTEND_TIME_LIMIT, with a reason, "
            + "up to the law's maximum) the act's clock")
    RunningAct clock(@AuthenticationPrincipal StaffUser user, @PathVariable String actId,
                     @RequestBody ClockRequest r) {
        if (r.kind() == null) {
            throw new org.qualityguard.shared.ValidationException(org.qualityguard.shared.FieldViolation.of("kind",
                    new org.qualityguard.shared.Violation("E4191", "power.act.operation.missing")));
        }
        return acts.record(user, actId, new RunningActs.ClockOperation(r.kind(), r.on(), r.reason(), r.exclusion(),
                r.days()));
    }

    @PostMapping(path = "/acts/{actId}/completion", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The act is done on the given day")
    RunningAct complete(@AuthenticationPrincipal StaffUser user, @PathVariable String actId,
                        @RequestBody CompletionRequest r) {
        return acts.complete(user, actId, r.on());
    }

    @GetMapping("/supervision")
    @Operation(summary = "Running acts by division and by item: on time, yellow, red (SUPERVISE_POWER)")
    ElectronicSupervision.Dashboard dashboard(@AuthenticationPrincipal StaffUser user) {
        return supervision.dashboard(user);
    }

    @GetMapping("/supervision/cards")
    @Operation(summary = "The division's cards, by level, item or organisation; keyset pages with an exact total")
    Page<SupervisionCard> cards(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String level,
                                @RequestParam(required = false) String item,
                                @RequestParam(required = false) Long organisation, PageRequest page) {
        return supervision.cards(user, new ElectronicSupervision.CardFilter(level, item, organisation), page);
    }

    @GetMapping(path = "/supervision/cards", params = "format=xlsx", produces = SheetWriter.CONTENT_TYPE)
    @Operation(summary = "The cards list as .xlsx (audited)")
    void exportCards(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String level,
                     @RequestParam(required = false) String item, @RequestParam(required = false) Long organisation,
                     PageRequest page, Locale locale, HttpServletResponse response) throws IOException {
        supervision.exportCards(user, new ElectronicSupervision.CardFilter(level, item, organisation), page.sort(),
                locale, SheetDownload.start(response, "power-cards", "cards"));
    }

    @GetMapping("/supervision/acts")
    @Operation(summary = "The division's running acts, by deadline, filtered by card (NONE, YELLOW, RED)")
    Page<RunningAct> runningActs(@AuthenticationPrincipal StaffUser user,
                                 @RequestParam(required = false) String card, PageRequest page) {
        return supervision.acts(user, card == null || card.isBlank() ? null : card, page);
    }

    @PostMapping(path = "/supervision/notices", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Issue a supervision notice on an act (SUPERVISE_POWER at its division)")
    SupervisionNotice issue(@AuthenticationPrincipal StaffUser user, @RequestBody NoticeRequest r) {
        return supervision.issue(user, new ElectronicSupervision.IssueNotice(r.actId(), r.cardId(), r.text(),
                r.dueInWorkingDays() == null ? 0 : r.dueInWorkingDays()));
    }

    @PostMapping(path = "/supervision/notices/{id}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The acting unit's answer to a notice on its act (once)")
    SupervisionNotice answer(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
                             @RequestBody AnswerRequest r) {
        return supervision.answer(user, id, r.answer());
    }

    @PostMapping("/supervision/sweep")
    @Operation(summary = "Read every open act's clock as of the business today and issue the cards earned")
    Map<String, Integer> sweep(@AuthenticationPrincipal StaffUser user) {
        return Map.of("issued", supervision.sweepNow(user));
    }
}
