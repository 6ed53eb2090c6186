package org.qualityguard.equipment.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.qualityguard.equipment.EquipmentRegister;
import org.qualityguard.equipment.UnitExport;
import org.qualityguard.equipment.domain.EquipmentKind;
import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.PageRequest;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Special-equipment units in the console: the list with overdue / due-soon filters, a unit, import, and cycles. */
@Controller
@RequestMapping("/console/equipment")
class EquipmentConsoleController {

    private final EquipmentRegister register;
    private final Divisions divisions;
    private final ViolationMessages messages;
    private final UnitExport export;
    private final MessageSource labels;

    EquipmentConsoleController(EquipmentRegister register, Divisions divisions, ViolationMessages messages,
                               UnitExport export, MessageSource labels) {
        this.export = export;
        this.labels = labels;
        this.register = register;
        this.divisions = divisions;
        this.messages = messages;
    }

    @ModelAttribute
    void reference(Model model) {
        model.addAttribute("section", "supervision");
        model.addAttribute("divisionNames", divisions);
        model.addAttribute("kinds", EquipmentKind.values());
        model.addAttribute("dueSoonDays", EquipmentRegister.DUE_SOON_DAYS);
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "ALL") String due,
                PageRequest page, Model model) {
        EquipmentRegister.DueFilter filter = EquipmentRegister.DueFilter.parse(due);
        model.addAttribute("page", register.list(user, filter, page));
        model.addAttribute("due", filter);
        model.addAttribute("filters", EquipmentRegister.DueFilter.values());
        return "equipment/units";
    }

    @GetMapping("/export")
    void export(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "ALL") String due,
                PageRequest page, Locale locale, HttpServletResponse response) throws IOException {
        export.writeXlsx(user, EquipmentRegister.DueFilter.parse(due), page.sort(), locale,
                SheetDownload.start(response, "equipment-units", labels.getMessage("units.title", null, locale)));
    }

    @GetMapping("/units/{code}")
    String unit(@AuthenticationPrincipal StaffUser user, @PathVariable String code, Model model) {
        model.addAttribute("unit", register.get(user, code));
        return "equipment/unit";
    }

    @GetMapping("/import")
    String importForm() {
        return "equipment/import";
    }

    @PostMapping("/import")
    String importFile(@AuthenticationPrincipal StaffUser user, @RequestParam("file") MultipartFile file, Model model)
            throws IOException {
        try {
            model.addAttribute("result", register.importFile(user, file.getOriginalFilename(), file.getBytes()));
        } catch (ValidationException e) {
            model.addAttribute("failure", e.violations().stream().map(v -> messages.message(v.violation())).toList());
        }
        return "equipment/import";
    }

    @GetMapping("/cycles")
    String cycles(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("cycles", register.cycles(user));
        return "equipment/cycles";
    }

    /** One kind's six cycles (no level, levels 1–5); the register checks the role and the values. */
    @PostMapping("/cycles/{kind}")
    String changeCycles(@AuthenticationPrincipal StaffUser user, @PathVariable String kind,
                        @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        int[] months = new int[6];
        for (int level = 0; level < months.length; level++) {
            String raw = form.getOrDefault("level" + level, "").strip();
            months[level] = raw.matches("\\d{1,3}") ? Integer.parseInt(raw) : -1;
        }
        try {
            int changed = register.changeCycles(user, kind, months);
            redirect.addFlashAttribute("notice", "cycles.saved");
            redirect.addFlashAttribute("recomputed", changed);
            return "redirect:/console/equipment/cycles";
        } catch (ValidationException e) {
            model.addAttribute("cycles", register.cycles(user));
            model.addAttribute("errors", messages.byField(e.violations()));
            model.addAttribute("failedKind", kind);
            return "equipment/cycles";
        }
    }
}
