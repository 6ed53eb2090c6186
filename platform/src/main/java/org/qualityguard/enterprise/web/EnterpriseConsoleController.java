package org.qualityguard.enterprise.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.qualityguard.enterprise.EnterpriseExport;
import org.qualityguard.enterprise.EnterpriseFilter;
import org.qualityguard.enterprise.EnterpriseRegistry;
import org.qualityguard.enterprise.ImportMode;
import org.qualityguard.enterprise.domain.Enterprise;
import org.qualityguard.enterprise.domain.EnterpriseCategory;
import org.qualityguard.enterprise.domain.FoodCategory;
import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.Page;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.web.SheetDownload;
import org.qualityguard.shared.web.ViolationMessages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registry in the staff console: list with filters, view, register, edit, import with progress, export. */
@Controller
@RequestMapping("/console/enterprises")
class EnterpriseConsoleController {

    private final EnterpriseRegistry registry;
    private final EnterpriseExport export;
    private final ImportJobs jobs;
    private final Divisions divisions;
    private final ViolationMessages messages;
    private final MessageSource labels;

    EnterpriseConsoleController(EnterpriseRegistry registry, EnterpriseExport export, ImportJobs jobs,
                                Divisions divisions, ViolationMessages messages, MessageSource labels) {
        this.labels = labels;
        this.registry = registry;
        this.export = export;
        this.jobs = jobs;
        this.divisions = divisions;
        this.messages = messages;
    }

    @ModelAttribute
    void reference(Model model, @AuthenticationPrincipal StaffUser user) {
        model.addAttribute("section", "supervision");
        model.addAttribute("categories", EnterpriseCategory.values());
        model.addAttribute("foodCategories", FoodCategory.values());
        model.addAttribute("divisions", user == null ? List.of() : divisions.within(user.scope()));
        model.addAttribute("divisionNames", divisions);
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser user, @RequestParam Optional<String> division,
                @RequestParam Optional<String> category, @RequestParam Optional<String> name,
                @RequestParam Optional<String> code, PageRequest page, Model model) {
        EnterpriseFilter filter = filter(division, category, name, code);
        Page<Enterprise> result = registry.list(user, filter, page);
        model.addAttribute("page", result);
        model.addAttribute("filter", filter);
        return "enterprise/list";
    }

    @GetMapping("/export")
    void exportXlsx(@AuthenticationPrincipal StaffUser user, @RequestParam Optional<String> division,
                    @RequestParam Optional<String> category, @RequestParam Optional<String> name,
                    @RequestParam Optional<String> code, PageRequest page, Locale locale,
                    HttpServletResponse response) throws IOException {
        EnterpriseFilter filter = filter(division, category, name, code);
        export.writeXlsx(user, filter, page.sort(), locale,
                SheetDownload.start(response, "enterprises", labels.getMessage("enterprise.registry", null, locale)));
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new EnterpriseForm());
        model.addAttribute("creating", true);
        return "enterprise/form";
    }

    @PostMapping
    String register(@AuthenticationPrincipal StaffUser user, @ModelAttribute("form") EnterpriseForm form,
                    Model model, RedirectAttributes redirect) {
        try {
            Enterprise e = registry.register(user, form.toDraft());
            redirect.addFlashAttribute("notice", "enterprise.registered");
            return "redirect:/console/enterprises/" + e.creditCode().value();
        } catch (ValidationException e) {
            model.addAttribute("creating", true);
            model.addAttribute("errors", messages.byField(e.violations()));
            return "enterprise/form";
        }
    }

    @GetMapping("/{code}")
    String view(@AuthenticationPrincipal StaffUser user, @PathVariable String code, Model model) {
        Enterprise e = registry.get(user, code);
        model.addAttribute("enterprise", e);
        model.addAttribute("history", registry.history(user, code));
        return "enterprise/view";
    }

    @GetMapping("/{code}/edit")
    String editForm(@AuthenticationPrincipal StaffUser user, @PathVariable String code, Model model) {
        model.addAttribute("form", EnterpriseForm.of(registry.get(user, code)));
        model.addAttribute("creating", false);
        return "enterprise/form";
    }

    @PostMapping("/{code}")
    String change(@AuthenticationPrincipal StaffUser user, @PathVariable String code,
                  @ModelAttribute("form") EnterpriseForm form, Model model, RedirectAttributes redirect) {
        try {
            registry.change(user, code, form.toDraft(), form.getVersion());
            redirect.addFlashAttribute("notice", "enterprise.changed");
            return "redirect:/console/enterprises/" + code;
        } catch (ValidationException e) {
            form.setCreditCode(code);
            model.addAttribute("creating", false);
            model.addAttribute("errors", messages.byField(e.violations()));
            return "enterprise/form";
        }
    }

    @GetMapping("/import")
    String importForm() {
        return "enterprise/import";
    }

    @PostMapping("/import")
    String startImport(@AuthenticationPrincipal StaffUser user, @RequestParam("file") MultipartFile file,
                       @RequestParam(name = "validRowsOnly", defaultValue = "false") boolean validRowsOnly)
            throws IOException {
        ImportJobs.Job job = jobs.start(user, file.getOriginalFilename(), file.getBytes(),
                validRowsOnly ? ImportMode.VALID_ROWS_ONLY : ImportMode.ALL_OR_NOTHING);
        return "redirect:/console/enterprises/import/" + job.id();
    }

    @GetMapping("/import/{id}")
    String importProgress(@AuthenticationPrincipal StaffUser user, @PathVariable String id, Model model) {
        model.addAttribute("job", job(user, id));
        return "enterprise/import-progress";
    }

    @GetMapping("/import/{id}/status")
    String importStatus(@AuthenticationPrincipal StaffUser user, @PathVariable String id, Model model) {
        model.addAttribute("job", job(user, id));
        return "enterprise/import-progress :: status";
    }

    private ImportJobs.Job job(StaffUser user, String id) {
        return jobs.find(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static EnterpriseFilter filter(Optional<String> division, Optional<String> category,
                                           Optional<String> name, Optional<String> code) {
        return EnterpriseFilter.parse(division.orElse(null), category.orElse(null), name.orElse(null),
                code.orElse(null));
    }
}
