package org.qualityguard.power.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.power.ElectronicSupervision;
import org.qualityguard.power.RunningActs;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.web.SheetDownload;
import org.qualityguard.shared.web.ViolationMessages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Electronic supervision in the console: the dashboard with its chart, the cards, the running acts, an act. */
@Controller
@RequestMapping("/console/power/supervision")
class ElectronicSupervisionConsoleController {

    private final ElectronicSupervision supervision;
    private final RunningActs acts;
    private final AccessPolicy access;
    private final Divisions divisions;
    private final ViolationMessages messages;
    private final MessageSource labels;
    private final double yellowShare;

    ElectronicSupervisionConsoleController(ElectronicSupervision supervision, RunningActs acts, AccessPolicy access,
                                 Divisions divisions, ViolationMessages messages, MessageSource labels,
                                 @Value("${qualityguard.power.supervision.yellow-share:0.8}") double yellowShare) {
        this.supervision = supervision;
        this.acts = acts;
        this.access = access;
        this.divisions = divisions;
        this.messages = messages;
        this.labels = labels;
        this.yellowShare = yellowShare;
    }

    @ModelAttribute
    void reference(Model model) {
        model.addAttribute("section", "power");
        model.addAttribute("divisionNames", divisions);
    }

    @GetMapping
    String dashboard(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("board", supervision.dashboard(user));
        model.addAttribute("yellowShare", yellowShare);
        return "power/supervision/dashboard";
    }

    @GetMapping(path = "/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ElectronicSupervision.Dashboard data(@AuthenticationPrincipal StaffUser user) {
        return supervision.dashboard(user);
    }

    @PostMapping("/sweep")
    String sweep(@AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("swept", supervision.sweepNow(user));
        return "redirect:/console/power/supervision";
    }

    @GetMapping("/cards")
    String cards(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String level,
                 @RequestParam(required = false) String item, @RequestParam(required = false) Long organisation,
                 PageRequest page, Model model) {
        model.addAttribute("page", supervision.cards(user, new ElectronicSupervision.CardFilter(level, item,
                organisation), page));
        model.addAttribute("level", level);
        model.addAttribute("item", item);
        model.addAttribute("organisation", organisation);
        return "power/supervision/cards";
    }

    @GetMapping("/cards/export")
    void export(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String level,
                @RequestParam(required = false) String item, @RequestParam(required = false) Long organisation,
                PageRequest page, Locale locale, HttpServletResponse response) throws IOException {
        supervision.exportCards(user, new ElectronicSupervision.CardFilter(level, item, organisation), page.sort(),
                locale, SheetDownload.start(response, "power-cards",
                        labels.getMessage("esup.cards.title", null, locale)));
    }

    @GetMapping("/acts")
    String runningActs(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String card,
                       PageRequest page, Model model) {
        String filter = card == null || card.isBlank() ? null : card;
        model.addAttribute("page", supervision.acts(user, filter, page));
        model.addAttribute("card", filter);
        return "power/supervision/acts";
    }

    @GetMapping("/acts/{actId}")
    String act(@AuthenticationPrincipal StaffUser user, @PathVariable String actId, Model model) {
        RunningActs.ActRecord record = acts.get(user, actId);
        DivisionCode division = new DivisionCode(record.act().division());
        model.addAttribute("record", record);
        model.addAttribute("today", supervision.today());
        model.addAttribute("maySupervise", access.holdsAt(user, Permission.SUPERVISE_POWER, division));
        model.addAttribute("mayAnswer", access.holdsAt(user, Permission.RUN_POWER_ACT, division)
                && record.act().organisationId() == user.organisationId());
        return "power/supervision/act";
    }

    @PostMapping("/acts/{actId}/notices")
    String issue(@AuthenticationPrincipal StaffUser user, @PathVariable String actId, @RequestParam String text,
                 @RequestParam(defaultValue = "0") int dueInWorkingDays, @RequestParam(required = false) Long cardId,
                 RedirectAttributes redirect) {
        try {
            supervision.issue(user, new ElectronicSupervision.IssueNotice(actId, cardId, text, dueInWorkingDays));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", messages.byField(e.violations()));
        }
        return "redirect:/console/power/supervision/acts/" + actId;
    }

    @PostMapping("/notices/{id}/answer")
    String answer(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @RequestParam String answer,
                  RedirectAttributes redirect) {
        var answered = supervision.answer(user, id, answer);
        return "redirect:/console/power/supervision/acts/" + answered.actId();
    }
}
