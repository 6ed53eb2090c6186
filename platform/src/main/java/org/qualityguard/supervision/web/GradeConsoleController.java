package org.qualityguard.supervision.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qualityguard.identity.Divisions;
import jakarta.servlet.http.HttpServletResponse;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.qualityguard.shared.web.SheetDownload;
import org.qualityguard.shared.web.ViolationMessages;
import org.qualityguard.supervision.Coverage;
import org.qualityguard.supervision.Grading;
import org.qualityguard.supervision.InspectionRecords;
import org.qualityguard.supervision.domain.Grade;
import org.qualityguard.supervision.domain.Regime;
import org.qualityguard.supervision.domain.ScoringTable;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Graded supervision in the console: its home page, the coverage dashboard with the re-grade of a division, an
 * enterprise's grade with the points
 * behind it and the override form, and the scoring-table editor. Roles and scope are checked by the use cases.
 */
@Controller
@RequestMapping("/console/supervision")
class GradeConsoleController {

    private final Grading grading;
    private final InspectionRecords records;
    private final Coverage coverage;
    private final ViolationMessages messages;
    private final Divisions divisions;
    private final BusinessTime time;

    private final SupervisionExports exports;
    private final MessageSource labels;

    GradeConsoleController(Grading grading, InspectionRecords records, Coverage coverage, ViolationMessages messages,
                           Divisions divisions, BusinessTime time, SupervisionExports exports,
                           MessageSource labels) {
        this.exports = exports;
        this.labels = labels;
        this.grading = grading;
        this.records = records;
        this.coverage = coverage;
        this.messages = messages;
        this.divisions = divisions;
        this.time = time;
    }

    @ModelAttribute
    void section(Model model) {
        model.addAttribute("section", "supervision");
    }

    @GetMapping
    String home() {
        return "supervision/home";
    }

    @GetMapping("/coverage")
    String coverage(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer year,
                    Model model) {
        model.addAttribute("report", coverage.of(user, year(year)));
        model.addAttribute("foodTarget", Coverage.FOOD_TARGET_PERCENT);
        model.addAttribute("equipmentTarget", Coverage.EQUIPMENT_TARGET_PERCENT);
        model.addAttribute("divisions", divisions.within(user.scope()));
        model.addAttribute("divisionNames", divisions);
        return "supervision/coverage";
    }

    /**
     * The yearly re-grade of a division from the coverage page: every supervised enterprise within it graded afresh
     * (audited by the use case); the page then shows what it did.
     */
    @PostMapping("/regrade")
    String regrade(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String division,
                   RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("regraded", grading.regradeDivision(user, division));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", messages.byField(e.violations()));
        }
        return "redirect:/console/supervision/coverage";
    }

    @GetMapping("/coverage/export")
    void exportCoverage(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer year,
                        Locale locale, HttpServletResponse response) throws IOException {
        exports.coverage(user, year(year), locale,
                SheetDownload.start(response, "coverage", labels.getMessage("coverage.title", null, locale)));
    }

    record CityFigure(String name, String code, Integer gradedPercent, Integer onTimePercent, long overdueUnits) {
    }

    /** The map's data: per city, the share of supervised enterprises graded (food and equipment together). */
    @GetMapping("/coverage/data")
    @ResponseBody
    List<CityFigure> coverageData(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer year) {
        return coverage.of(user, year(year)).cities().stream().map(c -> {
            long supervised = c.foodProducers() + c.equipmentUsers();
            Integer graded = supervised == 0 ? null
                    : (int) (100 * (c.foodGraded() + c.equipmentGraded()) / supervised);
            return new CityFigure(c.name(), c.divisionCode(), graded, c.onTimePercent(), c.overdueUnits());
        }).toList();
    }

    @GetMapping("/enterprises/{code}")
    String grade(@AuthenticationPrincipal StaffUser user, @PathVariable String code, Model model) {
        gradeModel(user, code, model);
        model.addAttribute("history", grading.historyOf(user, code));
        model.addAttribute("records", records.recordsOf(user, code));
        return "supervision/grade";
    }

    /** The grade in brief, drawn into the enterprise's page by htmx. */
    @GetMapping("/enterprises/{code}/panel")
    String panel(@AuthenticationPrincipal StaffUser user, @PathVariable String code, Model model) {
        gradeModel(user, code, model);
        return "supervision/grade :: panel";
    }

    @PostMapping("/enterprises/{code}/override")
    String override(@AuthenticationPrincipal StaffUser user, @PathVariable String code,
                    @RequestParam(required = false) String regime, @RequestParam(required = false) String grade,
                    @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            grading.override(user, code, regime, grade, reason);
            redirect.addFlashAttribute("notice", "grade.overridden");
            return "redirect:/console/supervision/enterprises/" + code;
        } catch (ValidationException e) {
            model.addAttribute("errors", messages.byField(e.violations()));
            model.addAttribute("overrideReason", reason);
            return grade(user, code, model);
        }
    }

    @GetMapping("/tables/{regime}")
    String table(@AuthenticationPrincipal StaffUser user, @PathVariable String regime, Model model) {
        model.addAttribute("table", grading.tableFor(user, regime(regime)));
        model.addAttribute("values", Map.of());
        return "supervision/table";
    }

    @PostMapping("/tables/{regime}")
    String saveTable(@AuthenticationPrincipal StaffUser user, @PathVariable String regime,
                     @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Regime r = regime(regime);
        Map<String, String> values = new LinkedHashMap<>(form);
        values.remove("_csrf");
        String based = values.remove("basedOnVersion");
        try {
            ScoringTable saved = grading.saveEdit(user, r, values, based == null || !based.matches("\\d{1,9}") ? -1
                    : Integer.parseInt(based));
            redirect.addFlashAttribute("notice", "table.saved");
            redirect.addFlashAttribute("savedVersion", saved.version());
            return "redirect:/console/supervision/tables/" + r.name();
        } catch (ValidationException e) {
            model.addAttribute("table", grading.tableFor(user, r));
            model.addAttribute("values", values);
            model.addAttribute("errors", messages.byField(e.violations()));
            return "supervision/table";
        }
    }

    private void gradeModel(StaffUser user, String code, Model model) {
        model.addAttribute("grades", grading.gradesOf(user, code));
        model.addAttribute("creditCode", code.strip().toUpperCase());
        model.addAttribute("gradeValues", Grade.values());
    }

    private int year(Integer year) {
        return year == null ? time.today().getYear() : year;
    }

    static Regime regime(String name) {
        for (Regime r : Regime.values()) {
            if (r.name().equalsIgnoreCase(name)) {
                return r;
            }
        }
        throw new ValidationException(FieldViolation.of("regime",
                new Violation("E7111", "grading.regime.notSupervised", name)));
    }
}
