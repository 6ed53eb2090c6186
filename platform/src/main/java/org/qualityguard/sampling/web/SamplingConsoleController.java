package org.qualityguard.sampling.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.ListExports;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.sampling.ComplaintFilter;
import org.qualityguard.sampling.ComplaintReview;
import org.qualityguard.sampling.ComplaintView;
import org.qualityguard.sampling.Complaints;
import org.qualityguard.sampling.SamplingProposals;
import org.qualityguard.sampling.StandardsTable;
import org.qualityguard.sampling.domain.ComplaintStatus;
import org.qualityguard.sampling.persistence.ComplaintStore;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.sheet.SheetWriter;
import org.qualityguard.shared.sheet.SheetWriter.Column;
import org.qualityguard.shared.web.SheetDownload;
import org.qualityguard.shared.web.ViolationMessages;
import org.springframework.http.CacheControl;
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

/**
 * The sampling part of the console: the complaints of the reader's division (filtered, with the exact total, paged,
 * exported), a complaint with its photos and the classification form, the review queue (complaints not yet
 * reviewed, least confident suggestion first on the page), the proposals for sampling and the standards table.
 */
@Controller
@RequestMapping("/console/sampling")
class SamplingConsoleController {

    private final Complaints complaints;
    private final ComplaintReview review;
    private final SamplingProposals proposals;
    private final StandardsTable standards;
    private final Divisions divisions;
    private final ListExports exports;
    private final ViolationMessages messages;

    SamplingConsoleController(Complaints complaints, ComplaintReview review, SamplingProposals proposals,
                              StandardsTable standards, Divisions divisions, ListExports exports,
                              ViolationMessages messages) {
        this.complaints = complaints;
        this.review = review;
        this.proposals = proposals;
        this.standards = standards;
        this.divisions = divisions;
        this.exports = exports;
        this.messages = messages;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("section", "sampling");
        model.addAttribute("catalogue", complaints.catalogue());
        model.addAttribute("divisionNames", divisions);
    }

    @GetMapping
    String home() {
        return "redirect:/console/sampling/complaints";
    }

    @GetMapping("/complaints")
    String list(@AuthenticationPrincipal StaffUser user, @RequestParam Map<String, String> params, PageRequest page,
                Model model) {
        ComplaintFilter filter = filter(params, null);
        model.addAttribute("page", complaints.list(user, filter, page));
        model.addAttribute("filter", filter);
        model.addAttribute("review", false);
        model.addAttribute("divisions", divisions.within(user.scope()));
        return "sampling/complaints";
    }

    @GetMapping("/review")
    String reviewQueue(@AuthenticationPrincipal StaffUser user, @RequestParam Map<String, String> params,
                       PageRequest page, Model model) {
        ComplaintFilter filter = filter(params, ComplaintStatus.RECEIVED.name());
        model.addAttribute("page", complaints.list(user, filter, page));
        model.addAttribute("filter", filter);
        model.addAttribute("review", true);
        model.addAttribute("divisions", divisions.within(user.scope()));
        return "sampling/complaints";
    }

    @GetMapping("/complaints/export")
    void export(@AuthenticationPrincipal StaffUser user, @RequestParam Map<String, String> params, Locale locale,
                HttpServletResponse response) throws IOException {
        ComplaintFilter filter = filter(params, null);
        SheetWriter<ComplaintView> sheet = new SheetWriter<>("sampling.complaints.title", List.of(
                Column.plain("field.trackingNumber", ComplaintView::trackingNumber),
                Column.plain("sampling.submittedAt", ComplaintView::submittedAt),
                Column.plain("field.division", c -> divisions.labelOf(c.divisionCode())),
                Column.plain("field.productName", ComplaintView::productName),
                Column.plain("field.brand", ComplaintView::brand),
                Column.plain("field.barcode", ComplaintView::barcode),
                Column.plain("field.shop", ComplaintView::shop),
                Column.plain("field.problem", ComplaintView::problem),
                Column.of("sampling.status", (c, t) -> t.get("sampling.status." + c.status())),
                Column.plain("sampling.suggested", c -> categoryName(c.predictedCategory())),
                Column.plain("sampling.confidence", c -> c.confidence() == null ? null
                        : Math.round(c.confidence() * 100)),
                Column.plain("field.category", c -> categoryName(c.category())),
                Column.plain("sampling.reviewedBy", ComplaintView::reviewedBy)));
        Map<String, Object> filters = new LinkedHashMap<>(params);
        filters.keySet().removeIf(k -> List.of("page", "jump", "lang").contains(k));
        try (OutputStream out = SheetDownload.start(response, "complaints",
                messages.message(new org.qualityguard.shared.Violation("", "sampling.complaints.title")))) {
            exports.write(user, "sampling.complaints", filters, sheet, locale, out,
                    sink -> complaints.forEach(user, filter, sink));
        }
    }

    @GetMapping("/complaints/{id}")
    String view(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
        model.addAttribute("complaint", complaints.view(user, id));
        model.addAttribute("photoIds", complaints.photoIds(user, id));
        model.addAttribute("errors", Map.of());
        return "sampling/complaint";
    }

    @PostMapping("/complaints/{id}/classify")
    String classify(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
                    @RequestParam(required = false) String category,
                    @RequestParam(required = false) String back, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        try {
            boolean confirmed = review.classify(user, id, category);
            redirect.addFlashAttribute("notice", confirmed ? "sampling.notice.confirmed" : "sampling.notice.corrected");
        } catch (ValidationException e) {
            response.setStatus(400);
            model.addAttribute("complaint", complaints.view(user, id));
            model.addAttribute("photoIds", complaints.photoIds(user, id));
            model.addAttribute("errors", messages.byField(e.violations()));
            return "sampling/complaint";
        }
        return "review".equals(back) ? "redirect:/console/sampling/review" : "redirect:/console/sampling/complaints/" + id;
    }

    @GetMapping("/complaints/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
                                 @PathVariable long photoId) {
        ComplaintStore.Photo photo = complaints.photo(user, id, photoId);
        // the type the content was found to be when it was received, never the sender's; nosniff is sent by security
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"complaint-" + id + "-" + photoId + "\"")
                .body(photo.content());
    }

    @GetMapping("/proposals")
    String proposals(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("proposals", proposals.proposals(user));
        model.addAttribute("surge", proposals.surge());
        return "sampling/proposals";
    }

    @GetMapping("/standards")
    String standards(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("limits", standards.latest(user));
        model.addAttribute("errors", model.getAttribute("errors") == null ? Map.of() : model.getAttribute("errors"));
        return "sampling/standards";
    }

    @PostMapping("/standards/import")
    String importStandards(@AuthenticationPrincipal StaffUser user, @RequestParam("file") MultipartFile file,
                           Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            int rows = standards.importSheet(user, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("imported", rows);
            return "redirect:/console/sampling/standards";
        } catch (ValidationException e) {
            response.setStatus(400);
            model.addAttribute("limits", standards.latest(user));
            model.addAttribute("errors", messages.byFieldAndRow(e.violations()));
            return "sampling/standards";
        }
    }

    private String categoryName(String code) {
        return code == null ? null : complaints.catalogue().find(code).map(c -> c.code() + " " + c.nameZh())
                .orElse(code);
    }

    private static ComplaintFilter filter(Map<String, String> p, String status) {
        return new ComplaintFilter(division(p.get("division")), status != null ? status : enumValue(p.get("status")),
                blank(p.get("category")), blank(p.get("barcode")), blank(p.get("brand")), date(p.get("from")),
                date(p.get("to")));
    }

    private static String division(String raw) {
        String s = blank(raw);
        if (s == null) {
            return null;
        }
        try {
            return new DivisionCode(s).value();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String enumValue(String raw) {
        String s = blank(raw);
        return s != null && List.of("RECEIVED", "REVIEWED").contains(s) ? s : null;
    }

    private static LocalDate date(String raw) {
        String s = blank(raw);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
