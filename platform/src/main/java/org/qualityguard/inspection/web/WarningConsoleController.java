package org.qualityguard.inspection.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jakarta.servlet.http.HttpServletResponse;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.inspection.Countries;
import org.qualityguard.inspection.RiskWarnings;
import org.qualityguard.inspection.persistence.WarningStore;
import org.qualityguard.risk.Warning;
import org.qualityguard.risk.WarningLevel;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.web.SheetDownload;
import org.qualityguard.shared.web.ViolationMessages;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The analyst's warnings: the list, one warning's evidence, history and trend, confirming or dismissing it (where the
 * reader's division contains all of its evidence) and commenting on it.
 */
@Controller
@RequestMapping("/console/inspection/warnings")
class WarningConsoleController {

    private final RiskWarnings warnings;
    private final Countries countries;
    private final EngineTexts texts;
    private final ViolationMessages messages;
    private final Divisions divisions;
    private final AccessPolicy access;
    private final InspectionExports exports;
    private final MessageSource labels;

    WarningConsoleController(RiskWarnings warnings, Countries countries, EngineTexts texts,
                             ViolationMessages messages, Divisions divisions, AccessPolicy access,
                             InspectionExports exports, MessageSource labels) {
        this.labels = labels;
        this.divisions = divisions;
        this.access = access;
        this.exports = exports;
        this.warnings = warnings;
        this.countries = countries;
        this.texts = texts;
        this.messages = messages;
    }

    @ModelAttribute
    void reference(Model model) {
        model.addAttribute("section", "risk");
        model.addAttribute("tab", "warnings");
        model.addAttribute("countries", countries);
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser user, Locale locale, Model model) {
        List<RiskWarnings.WarningView> all = warnings.list(user);
        Map<String, String> names = new LinkedHashMap<>();
        all.forEach(v -> names.put(v.key(), texts.cellName(v.warning().cell(), locale)));
        model.addAttribute("warnings", all);
        model.addAttribute("cellNames", names);
        return "inspection/warnings";
    }

    @GetMapping("/export")
    void export(@AuthenticationPrincipal StaffUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        exports.warnings(user, locale, SheetDownload.start(response, "warnings",
                labels.getMessage("inspection.warnings", null, locale)));
    }

    @GetMapping("/{key}")
    String detail(@AuthenticationPrincipal StaffUser user, @PathVariable String key, Locale locale, Model model) {
        RiskWarnings.WarningDetail detail = warnings.get(user, key);
        Warning w = detail.warning();
        model.addAttribute("detail", detail);
        model.addAttribute("cellName", texts.cellName(w.cell(), locale));
        // the service refuses other confirmations; the page offers only the one it would accept
        model.addAttribute("confirmable", w.level().atLeast(WarningLevel.ORANGE) && !w.confirmed());
        model.addAttribute("decidedAtName", divisions.fullNameOf(detail.evidence().decidedAt()));
        Map<String, String> elsewhere = new LinkedHashMap<>();
        detail.evidence().elsewhere().keySet().forEach(code -> elsewhere.put(code,
                divisions.fullNameOf(new DivisionCode(code))));
        model.addAttribute("elsewhereNames", elsewhere);
        model.addAttribute("commentable", access.holds(user, Permission.COMMENT_ON_WARNING));
        model.addAttribute("trend", trendJson(detail.trend()));
        return "inspection/warning";
    }

    @PostMapping("/{key}/{action:confirm|dismiss}")
    String decide(@AuthenticationPrincipal StaffUser user, @PathVariable String key, @PathVariable String action,
                  @RequestParam(defaultValue = "") String comment, Locale locale, Model model,
                  RedirectAttributes redirect) {
        try {
            if (action.equals("confirm")) {
                warnings.confirm(user, key, comment);
            } else {
                warnings.dismiss(user, key, comment);
            }
        } catch (ValidationException e) {
            model.addAttribute("errors", messages.byField(e.violations()));
            model.addAttribute("refusedAction", action);
            model.addAttribute("comment", comment);
            return detail(user, key, locale, model);
        }
        redirect.addFlashAttribute("notice", "inspection.warning.notice." + action + "ed");
        return "redirect:/console/inspection/warnings/" + UriUtils.encodePathSegment(key, StandardCharsets.UTF_8);
    }

    @PostMapping("/{key}/comments")
    String comment(@AuthenticationPrincipal StaffUser user, @PathVariable String key,
                   @RequestParam(defaultValue = "") String comment, Locale locale, Model model,
                   RedirectAttributes redirect) {
        try {
            warnings.comment(user, key, comment);
        } catch (ValidationException e) {
            model.addAttribute("commentErrors", messages.byField(e.violations()));
            model.addAttribute("comment", comment);
            return detail(user, key, locale, model);
        }
        redirect.addFlashAttribute("notice", "inspection.warning.notice.commented");
        return "redirect:/console/inspection/warnings/" + UriUtils.encodePathSegment(key, StandardCharsets.UTF_8);
    }

    /** The weekly points for the chart script; weeks and counts only, so no text needs escaping. */
    private static String trendJson(List<WarningStore.WeekPoint> trend) {
        return trend.stream().map(p -> "{\"week\":\"" + p.week() + "\",\"inspected\":" + p.inspected()
                + ",\"failed\":" + p.failed() + "}").collect(Collectors.joining(",", "[", "]"));
    }
}
