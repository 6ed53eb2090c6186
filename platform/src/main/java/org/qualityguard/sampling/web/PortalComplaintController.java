package org.qualityguard.sampling.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.qualityguard.identity.AddressRateLimit;
import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.RateLimiter;
import org.qualityguard.sampling.ComplaintIntake;
import org.qualityguard.sampling.ComplaintTracking;
import org.qualityguard.sampling.Complaints;
import org.qualityguard.sampling.PublicComplaintStatus;
import org.qualityguard.sampling.domain.ComplaintForm;
import org.qualityguard.sampling.domain.SamplingError;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.web.ViolationMessages;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public complaint form and the tracking page, without an account and without a session (the CSRF token lives
 * in a cookie). Submissions are limited per address (per ten minutes, shared with the portal's other forms, and per
 * day); a refused submission is answered 429 with the form as it was sent and {@code Retry-After}, and a refused
 * field with 400 and the message beside it. The receipt is shown once and not cached.
 */
@Controller
@EnableConfigurationProperties(SamplingSettings.class)
class PortalComplaintController {

    private final ComplaintIntake intake;
    private final ComplaintTracking tracking;
    private final Complaints complaints;
    private final Divisions divisions;
    private final ViolationMessages messages;
    private final AddressRateLimit perAddress;
    private final RateLimiter perDay;
    private final RateLimiter trackingLimit;

    PortalComplaintController(ComplaintIntake intake, ComplaintTracking tracking, Complaints complaints,
                              Divisions divisions, ViolationMessages messages, AddressRateLimit perAddress,
                              SamplingSettings settings) {
        this.intake = intake;
        this.tracking = tracking;
        this.complaints = complaints;
        this.divisions = divisions;
        this.messages = messages;
        this.perAddress = perAddress;
        this.perDay = new RateLimiter(settings.complaintsPerAddressPerDay());
        this.trackingLimit = new RateLimiter(settings.trackingPerAddress());
    }

    @GetMapping("/portal/complaints")
    String form(Model model) {
        return form(model, new ComplaintForm(null, null, null, null, null, null, null, false), Map.of());
    }

    @PostMapping("/portal/complaints")
    String submit(@RequestParam(required = false) String productName, @RequestParam(required = false) String brand,
                  @RequestParam(required = false) String barcode, @RequestParam(required = false) String shop,
                  @RequestParam(required = false) String division, @RequestParam(required = false) String problem,
                  @RequestParam(required = false) String contact,
                  @RequestParam(defaultValue = "false") boolean anonymous,
                  @RequestParam(name = "website", required = false) String honeypot,
                  @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        ComplaintForm form = new ComplaintForm(productName, brand, barcode, shop, division, problem, contact,
                anonymous);
        RateLimiter.Admission admission = perAddress.admit(request);
        if (admission.allowed()) {
            admission = perDay.admit(request.getRemoteAddr());
        }
        if (!admission.allowed()) {
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(admission.retryAfterSeconds()));
            return form(model, form, messages.byField(List.of(FieldViolation.of("form",
                    SamplingError.TOO_MANY_SUBMISSIONS.violation(minutes(admission))))));
        }
        try {
            ComplaintIntake.Receipt receipt = intake.submit(new ComplaintIntake.Submission(form, bytes(photos),
                    honeypot));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            model.addAttribute("receipt", receipt);
            return "portal/complaint-receipt";
        } catch (ValidationException e) {
            response.setStatus(400);
            return form(model, form, messages.byField(e.violations()));
        }
    }

    @GetMapping("/portal/complaints/track")
    String trackForm(Model model) {
        model.addAttribute("errors", Map.of());
        return "portal/complaint-track";
    }

    @PostMapping("/portal/complaints/track")
    String track(@RequestParam(required = false) String trackingNumber,
                 @RequestParam(required = false) String secretCode, HttpServletRequest request,
                 HttpServletResponse response, Model model) {
        model.addAttribute("trackingNumber", trackingNumber);
        RateLimiter.Admission admission = trackingLimit.admit(request.getRemoteAddr());
        if (!admission.allowed()) {
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(admission.retryAfterSeconds()));
            model.addAttribute("errors", messages.byField(List.of(FieldViolation.of("form",
                    SamplingError.TOO_MANY_SUBMISSIONS.violation(minutes(admission))))));
            return "portal/complaint-track";
        }
        try {
            PublicComplaintStatus status = tracking.track(trackingNumber, secretCode);
            model.addAttribute("status", status);
            model.addAttribute("categoryName", status.category() == null ? null : complaints.catalogue()
                    .find(status.category()).map(c -> c.nameZh()).orElse(status.category()));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            return "portal/complaint-status";
        } catch (ValidationException e) {
            response.setStatus(400);
            model.addAttribute("errors", messages.byField(e.violations()));
            return "portal/complaint-track";
        }
    }

    private String form(Model model, ComplaintForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("divisions", divisions.all());
        model.addAttribute("divisionNames", divisions);
        model.addAttribute("maxPhotos", org.qualityguard.sampling.domain.ComplaintPhoto.MAX_PHOTOS);
        return "portal/complaint-form";
    }

    private static long minutes(RateLimiter.Admission admission) {
        return Math.max(1, (admission.retryAfterSeconds() + 59) / 60);
    }

    private static List<byte[]> bytes(List<MultipartFile> files) {
        List<byte[]> all = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                try {
                    if (!f.isEmpty()) {
                        all.add(f.getBytes());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return all;
    }
}
