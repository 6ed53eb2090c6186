package org.qualityguard.supervision.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;
import org.qualityguard.enterprise.EnterpriseDirectory;
import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.InspectorPool;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.qualityguard.shared.web.ViolationMessages;
import org.qualityguard.supervision.InspectionPlans;
import org.qualityguard.supervision.PlanView;
import org.qualityguard.shared.web.SheetDownload;
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

/**
 * Plans in the console: the list, drawing one, the draw with its inspectors and the history of draws for its period,
 * approval and publication.
 */
@Controller
@RequestMapping("/console/supervision/plans")
class PlanConsoleController {

    private final InspectionPlans plans;
    private final EnterpriseDirectory enterprises;
    private final InspectorPool pool;
    private final Divisions divisions;
    private final ViolationMessages messages;
    private final BusinessTime time;

    private final SupervisionExports exports;
    private final MessageSource labels;

    PlanConsoleController(InspectionPlans plans, EnterpriseDirectory enterprises, InspectorPool pool,
                          Divisions divisions, ViolationMessages messages, BusinessTime time,
                          SupervisionExports exports, MessageSource labels) {
        this.exports = exports;
        this.labels = labels;
        this.plans = plans;
        this.enterprises = enterprises;
        this.pool = pool;
        this.divisions = divisions;
        this.messages = messages;
        this.time = time;
    }

    @ModelAttribute
    void reference(Model model, @AuthenticationPrincipal StaffUser user) {
        model.addAttribute("section", "supervision");
        model.addAttribute("divisionNames", divisions);
        model.addAttribute("divisions", user == null ? List.of() : divisions.within(user.scope()));
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("plans", plans.list(user));
        return "supervision/plans";
    }

    @GetMapping("/export")
    void export(@AuthenticationPrincipal StaffUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        exports.plans(user, locale, SheetDownload.start(response, "plans",
                labels.getMessage("plans.title", null, locale)));
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("form", Map.of("division", user.division().value(),
                "year", Integer.toString(time.today().getYear())));
        return "supervision/plan-new";
    }

    @PostMapping
    String draw(@AuthenticationPrincipal StaffUser user, @RequestParam Map<String, String> form, Model model,
                RedirectAttributes redirect) {
        try {
            Integer year = number(form.get("year"), "year", "E7303", "plan.year.range");
            Integer month = number(form.get("month"), "month", "E7304", "plan.month.range");
            PlanView plan = plans.draft(user, form.get("division"), year == null ? -1 : year, month);
            redirect.addFlashAttribute("notice", "plan.drawn");
            return "redirect:/console/supervision/plans/" + plan.id();
        } catch (ValidationException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", messages.byField(e.violations()));
            return "supervision/plan-new";
        }
    }

    @GetMapping("/{id}")
    String view(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
        PlanView plan = plans.get(user, id);
        Map<String, List<PlanView.Inspection>> byGrade = new TreeMap<>();
        Set<String> codes = new HashSet<>();
        Set<Long> inspectors = new HashSet<>();
        for (PlanView.Inspection i : plan.inspections()) {
            byGrade.computeIfAbsent(i.grade(), g -> new ArrayList<>()).add(i);
            codes.add(i.creditCode());
            inspectors.add(i.inspectorA());
            inspectors.add(i.inspectorB());
        }
        Map<String, String> names = new LinkedHashMap<>();
        enterprises.findAll(codes).forEach((code, card) -> names.put(code, card.name()));
        Map<Long, String> inspectorNames = new LinkedHashMap<>();
        for (InspectorPool.Inspector i : pool.byIds(inspectors)) {
            inspectorNames.put(i.id(), i.displayName());
        }
        model.addAttribute("plan", plan);
        model.addAttribute("draws", plans.draws(user, id));
        model.addAttribute("byGrade", byGrade);
        model.addAttribute("enterpriseNames", names);
        model.addAttribute("inspectorNames", inspectorNames);
        return "supervision/plan";
    }

    @PostMapping("/{id}/approve")
    String approve(@AuthenticationPrincipal StaffUser user, @PathVariable long id, RedirectAttributes redirect) {
        try {
            plans.approve(user, id);
            redirect.addFlashAttribute("notice", "plan.approved");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", messages.byField(e.violations()));
        }
        return "redirect:/console/supervision/plans/" + id;
    }

    @PostMapping("/{id}/publish")
    String publish(@AuthenticationPrincipal StaffUser user, @PathVariable long id, RedirectAttributes redirect) {
        plans.publish(user, id);
        redirect.addFlashAttribute("notice", "plan.published");
        return "redirect:/console/supervision/plans/" + id;
    }

    private static Integer number(String raw, String field, String code, String key) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(FieldViolation.of(field, new Violation(code, key, raw)));
        }
    }
}
