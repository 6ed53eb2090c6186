package org.qualityguard.sampling.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.sampling.Samples;
import org.qualityguard.sampling.domain.MeasurementLines;
import org.qualityguard.sampling.domain.SampleStatus;
import org.qualityguard.sampling.domain.SamplingError;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.web.ViolationMessages;
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
 * Samples in the console: the division's list by status, the form of a sample taken, and a sample's page with its
 * results against the standards, the laboratory's entry form, the objection and its decision.
 */
@Controller
@RequestMapping("/console/sampling/samples")
class SampleConsoleController {

    private final Samples samples;
    private final Divisions divisions;
    private final ViolationMessages messages;

    SampleConsoleController(Samples samples, Divisions divisions, ViolationMessages messages) {
        this.samples = samples;
        this.divisions = divisions;
        this.messages = messages;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("section", "sampling");
        model.addAttribute("divisionNames", divisions);
        model.addAttribute("catalogue", samples.catalogue());
        model.addAttribute("statuses", SampleStatus.values());
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String status,
                PageRequest page, Model model) {
        String st = status != null && List.of(SampleStatus.values()).stream().anyMatch(s -> s.name().equals(status))
                ? status : null;
        model.addAttribute("page", samples.list(user, st, page));
        model.addAttribute("status", st);
        return "sampling/samples";
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("form", Map.of());
        return form(model, Map.of());
    }

    private String form(Model model, Map<String, String> errors) {
        model.addAttribute("products", samples.judgeableProducts());
        model.addAttribute("errors", errors);
        return "sampling/sample-form";
    }

    @PostMapping
    String take(@AuthenticationPrincipal StaffUser user, @RequestParam Map<String, String> p, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Samples.TakeSample c = new Samples.TakeSample(p.get("sampleNo"), p.get("creditCode"), p.get("category"),
                    p.get("appliesTo"), p.get("product"), p.get("brand"), p.get("specification"), p.get("batch"),
                    date(p, "producedOn"), date(p, "sampledOn"), p.get("sampledAt"), p.get("laboratory"));
            String no = samples.take(user, c).sampleNo();
            redirect.addFlashAttribute("notice", "sampling.sample.notice.taken");
            return "redirect:/console/sampling/samples/" + no;
        } catch (ValidationException e) {
            response.setStatus(400);
            model.addAttribute("form", p);
            return form(model, messages.byField(e.violations()));
        }
    }

    @GetMapping("/{no}")
    String view(@AuthenticationPrincipal StaffUser user, @PathVariable String no, Model model) {
        return page(user, no, model, Map.of(), Map.of());
    }

    private String page(StaffUser user, String no, Model model, Map<String, String> errors, Map<String, String> form) {
        model.addAttribute("sample", samples.get(user, no));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "sampling/sample";
    }

    @PostMapping("/{no}/results")
    String results(@AuthenticationPrincipal StaffUser user, @PathVariable String no,
                   @RequestParam Map<String, String> p, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        return act(user, no, p, model, response, redirect, "sampling.sample.notice.results",
                () -> samples.enterResults(user, no, MeasurementLines.parse(p.get("results")), date(p, "testedOn")));
    }

    @PostMapping("/{no}/objection")
    String objection(@AuthenticationPrincipal StaffUser user, @PathVariable String no,
                     @RequestParam Map<String, String> p, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        return act(user, no, p, model, response, redirect, "sampling.sample.notice.objection",
                () -> samples.lodgeObjection(user, no, date(p, "lodgedOn"), p.get("grounds")));
    }

    @PostMapping("/{no}/decision")
    String decision(@AuthenticationPrincipal StaffUser user, @PathVariable String no,
                    @RequestParam Map<String, String> p, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        return act(user, no, p, model, response, redirect, "sampling.sample.notice.decided",
                () -> samples.decideObjection(user, no, p.get("objectionOutcome"), p.get("reason")));
    }

    @PostMapping("/publication")
    String publish(@AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("published", samples.publishDue(user).size());
        return "redirect:/console/sampling/samples";
    }

    private String act(StaffUser user, String no, Map<String, String> p, Model model, HttpServletResponse response,
                       RedirectAttributes redirect, String notice, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/console/sampling/samples/" + samples.get(user, no).sampleNo();
        } catch (ValidationException e) {
            response.setStatus(400);
            return page(user, no, model, messages.byField(e.violations()), p);
        }
    }

    private static LocalDate date(Map<String, String> p, String field) {
        String raw = p.get(field);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(FieldViolation.of(field,
                    SamplingError.NOT_A_DATE.violation(raw)));
        }
    }
}
