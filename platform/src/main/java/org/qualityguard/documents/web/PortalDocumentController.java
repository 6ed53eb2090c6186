package org.qualityguard.documents.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.qualityguard.documents.VerifiedDocument;
import org.qualityguard.documents.VerifyingDocument;
import org.qualityguard.documents.domain.DocumentError;
import org.qualityguard.documents.domain.VerificationCode;
import org.qualityguard.identity.AddressRateLimit;
import org.qualityguard.identity.RateLimiter;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.Violation;
import org.qualityguard.shared.web.ViolationMessages;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's check of a document (文书核验): the verification code printed on a document, typed into the form or
 * arriving as {@code ?code=} from a link, shows the genuine document's number, kind, organisation, date and SHA-256,
 * or that no document has the code. Each check counts against the address's allowance for the portal's forms
 * ({@link AddressRateLimit}), which bounds guessing; a refused check is answered 429 with {@code Retry-After}.
 */
@Controller
class PortalDocumentController {

    private final VerifyingDocument verifying;
    private final AddressRateLimit perAddress;
    private final ViolationMessages messages;

    PortalDocumentController(VerifyingDocument verifying, AddressRateLimit perAddress, ViolationMessages messages) {
        this.verifying = verifying;
        this.perAddress = perAddress;
        this.messages = messages;
    }

    @GetMapping("/portal/documents/verify")
    String form(@RequestParam(required = false) String code, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        if (code == null || code.isBlank()) {
            model.addAttribute("errors", Map.of());
            return "portal/document-verify";
        }
        return check(code, request, response, model);
    }

    @PostMapping("/portal/documents/verify")
    String check(@RequestParam(required = false) String code, HttpServletRequest request,
                 HttpServletResponse response, Model model) {
        model.addAttribute("code", code);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        RateLimiter.Admission admission = perAddress.admit(request);
        if (!admission.allowed()) {
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(admission.retryAfterSeconds()));
            return refused(model, DocumentError.TOO_MANY_CHECKS.violation(
                    Math.max(1, (admission.retryAfterSeconds() + 59) / 60)));
        }
        if (VerificationCode.read(code).isEmpty()) {
            response.setStatus(400);
            return refused(model, DocumentError.CODE_MALFORMED.violation(VerificationCode.LENGTH));
        }
        Optional<VerifiedDocument> found = verifying.verify(code);
        model.addAttribute("errors", Map.of());
        model.addAttribute("checked", true);
        model.addAttribute("document", found.orElse(null));
        if (found.isEmpty()) {
            response.setStatus(404);
        }
        return "portal/document-verify";
    }

    private String refused(Model model, Violation violation) {
        model.addAttribute("errors", messages.byField(List.of(FieldViolation.of("verificationCode", violation))));
        return "portal/document-verify";
    }
}
