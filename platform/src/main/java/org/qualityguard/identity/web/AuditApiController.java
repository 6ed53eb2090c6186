package org.qualityguard.identity.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditExport;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.ChainVerification;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.shared.sheet.SheetWriter;
import org.qualityguard.shared.web.SheetDownload;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "audit", description = "The tamper-evident audit trail")
class AuditApiController {

    private final AuditTrail audit;
    private final AccessPolicy access;
    private final AuditExport export;

    AuditApiController(AuditTrail audit, AccessPolicy access, AuditExport export) {
        this.audit = audit;
        this.access = access;
        this.export = export;
    }

    @GetMapping(path = "/api/v1/audit/export", produces = SheetWriter.CONTENT_TYPE)
    @Operation(summary = "The audit trail as .xlsx, filtered by actor, action, subjectType, subjectId and the days "
            + "from/to (business zone, both included); the export is itself audited")
    void export(@AuthenticationPrincipal StaffUser user, @RequestParam Map<String, String> params,
                @Parameter(hidden = true) PageRequest page, Locale locale, HttpServletResponse response)
            throws IOException {
        export.writeXlsx(user, AdminController.auditFilter(params), page.sort(), locale,
                SheetDownload.start(response, "audit", "audit"));
    }

    @GetMapping("/api/v1/audit/verification")
    @Operation(summary = "Walk the whole audit chain; tells whether it is intact and, if not, where it breaks")
    ChainVerification verify(@AuthenticationPrincipal StaffUser user) {
        access.require(user, Permission.VERIFY_AUDIT_TRAIL);
        return audit.verify();
    }
}
