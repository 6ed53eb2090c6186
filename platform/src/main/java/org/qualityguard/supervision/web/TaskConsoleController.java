package org.qualityguard.supervision.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.qualityguard.enterprise.EnterpriseDirectory;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.web.ViolationMessages;
import org.qualityguard.supervision.InspectionPlans;
import org.qualityguard.supervision.InspectionRecords;
import org.qualityguard.supervision.PlanView;
import org.qualityguard.supervision.persistence.RecordStore;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * The inspector's side: "my tasks", recording an inspection against the checklist with photos, the record with its
 * photos, a chief's approval for the portal, and the photos themselves (served only within the record's division).
 */
@Controller
@RequestMapping("/console/supervision")
class TaskConsoleController {

    /** Finding rows the form offers; blank rows are ignored. */
    static final int FINDING_ROWS = 5;

    private final InspectionPlans plans;
    private final InspectionRecords records;
    private final EnterpriseDirectory enterprises;
    private final ViolationMessages messages;
    private final BusinessTime time;

    TaskConsoleController(InspectionPlans plans, InspectionRecords records, EnterpriseDirectory enterprises,
                          ViolationMessages messages, BusinessTime time) {
        this.plans = plans;
        this.records = records;
        this.enterprises = enterprises;
        this.messages = messages;
        this.time = time;
    }

    @ModelAttribute
    void section(Model model) {
        model.addAttribute("section", "supervision");
    }

    @GetMapping("/tasks")
    String tasks(@AuthenticationPrincipal StaffUser user, Model model) {
        List<PlanView.Inspection> tasks = plans.tasksOf(user);
        Map<String, String> names = new HashMap<>();
        enterprises.findAll(tasks.stream().map(PlanView.Inspection::creditCode).distinct().toList())
                .forEach((code, card) -> names.put(code, card.name()));
        model.addAttribute("tasks", tasks);
        model.addAttribute("enterpriseNames", names);
        return "supervision/tasks";
    }

    @GetMapping("/tasks/{id}")
    String task(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
        model.addAttribute("task", records.task(user, id));
        model.addAttribute("form", Map.of("inspectedOn", time.today().toString()));
        model.addAttribute("rows", FINDING_ROWS);
        return "supervision/task";
    }

    @PostMapping("/tasks/{id}")
    String record(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
                  @RequestParam Map<String, String> form,
                  @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
                  RedirectAttributes redirect) throws IOException {
        List<InspectionRecords.Finding> findings = new ArrayList<>();
        for (int i = 0; i < FINDING_ROWS; i++) {
            String item = form.get("item" + i);
            String text = form.get("finding" + i);
            if ((item == null || item.isBlank()) && (text == null || text.isBlank())) {
                continue;
            }
            findings.add(new InspectionRecords.Finding(item, text, form.getOrDefault("severity" + i, "")));
        }
        InspectionRecords.Command command = new InspectionRecords.Command(id, date(form.get("inspectedOn")),
                form.get("result"), date(form.get("correctiveDeadline")), findings);
        try {
            InspectionRecords.Recorded recorded = records.record(user, command, photos(photos));
            redirect.addFlashAttribute("notice", "inspection.recorded");
            return "redirect:/console/supervision/records/" + recorded.recordId();
        } catch (ValidationException e) {
            model.addAttribute("task", records.task(user, id));
            model.addAttribute("form", form);
            model.addAttribute("rows", FINDING_ROWS);
            model.addAttribute("errors", messages.byFieldAndRow(e.violations()));
            return "supervision/task";
        }
    }

    @GetMapping("/records/{id}")
    String view(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
        model.addAttribute("record", records.get(user, id));
        return "supervision/record";
    }

    @PostMapping("/records/{id}/photos")
    String attach(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
                  @RequestParam(name = "photo", required = false) MultipartFile photo, Model model,
                  RedirectAttributes redirect) throws IOException {
        InspectionRecords.Photo upload = new InspectionRecords.Photo(photo == null ? null : photo.getOriginalFilename(),
                photo == null ? new byte[0] : photo.getBytes());
        return onRecord(user, id, model, redirect, "inspection.photo.added", () -> records.attach(user, id, upload));
    }

    @PostMapping("/records/{id}/cosign")
    String cosign(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model,
                  RedirectAttributes redirect) {
        return onRecord(user, id, model, redirect, "inspection.cosigned", () -> records.cosign(user, id));
    }

    @PostMapping("/records/{id}/approve")
    String approve(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model,
                   RedirectAttributes redirect) {
        return onRecord(user, id, model, redirect, "inspection.approved", () -> records.approve(user, id));
    }

    /** Does something to a record and shows it again: with a notice when done, with the reasons when refused. */
    private String onRecord(StaffUser user, long id, Model model, RedirectAttributes redirect, String notice,
                            Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/console/supervision/records/" + id;
        } catch (ValidationException e) {
            model.addAttribute("record", records.get(user, id));
            model.addAttribute("errors", messages.byField(e.violations()));
            return "supervision/record";
        }
    }

    @GetMapping("/photos/{id}")
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal StaffUser user, @PathVariable long id) {
        RecordStore.StoredPhoto photo = records.photo(user, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("Content-Disposition", "inline; filename*=UTF-8''"
                        + URLEncoder.encode(photo.filename(), StandardCharsets.UTF_8).replace("+", "%20"))
                .body(photo.content());
    }

    private static List<InspectionRecords.Photo> photos(List<MultipartFile> files) throws IOException {
        List<InspectionRecords.Photo> out = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (!f.isEmpty() || (f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())) {
                    out.add(new InspectionRecords.Photo(f.getOriginalFilename(), f.getBytes()));
                }
            }
        }
        return out;
    }

    private static LocalDate date(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
