package org.qualityguard.enforcement.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.qualityguard.enforcement.CaseFiles;
import org.qualityguard.enforcement.Decisions;
import org.qualityguard.enforcement.EnforcementCase;
import org.qualityguard.enforcement.EnforcementCases;
import org.qualityguard.enforcement.Evidence;
import org.qualityguard.enforcement.domain.CaseStatus;
import org.qualityguard.enforcement.domain.Party;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.clock.Exclusion;
import org.qualityguard.shared.web.ViolationMessages;
import org.springframework.http.HttpHeaders;
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

/** Enforcement cases in the console: the division's list with the lead form, and a case with its clock, file, decision. */
@Controller
@RequestMapping("/console/enforcement/cases")
class CaseConsoleController {

    private static final String LIST = "redirect:/console/enforcement/cases";

    private final EnforcementCases cases;
    private final CaseFiles files;
    private final Decisions decisions;
    private final AccessPolicy access;
    private final Divisions divisions;
    private final ViolationMessages messages;

    CaseConsoleController(EnforcementCases cases, CaseFiles files, Decisions decisions, AccessPolicy access,
                          Divisions divisions, ViolationMessages messages) {
        this.cases = cases;
        this.files = files;
        this.decisions = decisions;
        this.access = access;
        this.divisions = divisions;
        this.messages = messages;
    }

    @ModelAttribute
    void reference(Model model) {
        model.addAttribute("section", "enforcement");
        model.addAttribute("divisionNames", divisions);
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) CaseStatus status,
                PageRequest page, Model model) {
        model.addAttribute("page", cases.list(user, status, page));
        model.addAttribute("status", status);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("mayOpen", access.holds(user, Permission.HANDLE_CASE));
        return "enforcement/cases";
    }

    @PostMapping
    String open(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String itemCode,
                @RequestParam(required = false) Party.Kind partyKind, @RequestParam(required = false) String creditCode,
                @RequestParam(required = false) String personName, @RequestParam(required = false) String division,
                @RequestParam(required = false) String summary, @RequestParam(required = false) LocalDate leadOn,
                @RequestParam(defaultValue = "false") boolean major, RedirectAttributes redirect) {
        try {
            EnforcementCase c = cases.open(user, new EnforcementCases.OpenCase(itemCode, partyKind, creditCode,
                    personName, division, summary, leadOn, major));
            return LIST + "/" + c.id();
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", messages.byField(e.violations()));
            return LIST;
        }
    }

    @GetMapping("/{id}")
    String get(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
        EnforcementCases.CaseRecord record = cases.get(user, id);
        DivisionCode division = new DivisionCode(record.theCase().division());
        model.addAttribute("record", record);
        model.addAttribute("c", record.theCase());
        model.addAttribute("mayHandle", access.holdsAt(user, Permission.HANDLE_CASE, division));
        model.addAttribute("mayDecide", access.holdsAt(user, Permission.DECIDE_CASE, division));
        model.addAttribute("mayExtend", access.holdsAt(user, Permission.EXTEND_TIME_LIMIT, division));
        model.addAttribute("kinds", Evidence.Kind.values());
        model.addAttribute("exclusions", Exclusion.values());
        model.addAttribute("clockKinds", EnforcementCases.ClockOperation.Kind.values());
        boolean deciding = record.theCase().status() == CaseStatus.NOTIFIED
                || record.theCase().status() == CaseStatus.LEAD;
        if (deciding || record.decision() != null) {
            model.addAttribute("similar", decisions.similar(user, id,
                    record.decision() == null ? record.theCase().intendedFine() : record.decision().fine()));
        }
        return "enforcement/case";
    }

    @PostMapping("/{id}/move")
    String move(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @RequestParam String command,
                @RequestParam(required = false) String reason, @RequestParam(required = false) BigDecimal intendedFine,
                @RequestParam(required = false) LocalDate on, RedirectAttributes redirect) {
        try {
            if (CaseStatus.FILE.equals(command)) {
                cases.file(user, id, reason, on);
            } else {
                cases.move(user, id, new EnforcementCases.Move(command, reason, intendedFine));
            }
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", messages.byField(e.violations()));
        }
        return LIST + "/" + id;
    }

    @PostMapping("/{id}/clock")
    String clock(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
                 @RequestParam EnforcementCases.ClockOperation.Kind kind, @RequestParam(required = false) LocalDate on,
                 @RequestParam(required = false) String reason, @RequestParam(required = false) Exclusion exclusion,
                 @RequestParam(required = false) Integer days, RedirectAttributes redirect) {
        try {
            cases.recordClock(user, id, new EnforcementCases.ClockOperation(kind, on, reason, exclusion, days));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", messages.byField(e.violations()));
        }
        return LIST + "/" + id;
    }

    @PostMapping("/{id}/evidence")
    String evidence(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
                    @RequestParam(required = false) Evidence.Kind kind, @RequestParam(required = false) String title,
                    @RequestParam(required = false) String source, @RequestParam(required = false) String collectedBy,
                    @RequestParam(required = false) LocalDate collectedOn,
                    @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try {
            files.add(user, id, new CaseFiles.AddEvidence(kind, title, source, collectedBy, collectedOn,
                    file == null ? null : file.getOriginalFilename(), file == null ? null : file.getContentType(),
                    file == null ? null : file.getBytes()));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", messages.byField(e.violations()));
        }
        return LIST + "/" + id;
    }

    @GetMapping("/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
                                    @PathVariable long evidenceId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evidence-" + evidenceId + "\"")
                .body(files.content(user, id, evidenceId));
    }

    @PostMapping("/{id}/decision")
    String decide(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
                  @RequestParam(defaultValue = "ORDINARY") String procedure, DecisionForm form,
                  RedirectAttributes redirect) {
        try {
            if ("SUMMARY".equals(procedure)) {
                decisions.fineOnTheSpot(user, id, form.draft());
            } else {
                decisions.decide(user, id, form.draft());
            }
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", messages.byField(e.violations()));
            redirect.addFlashAttribute("form", form);
        }
        return LIST + "/" + id;
    }
}
