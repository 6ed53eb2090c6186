package org.qualityguard.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.ChainVerification;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "audit", description = "The tamper-evident audit trail")
class AuditApiController {

    private final AuditTrail audit;
    private final AccessPolicy access;

    AuditApiController(AuditTrail audit, AccessPolicy access) {
        this.audit = audit;
        this.access = access;
    }

    @GetMapping("/api/v1/audit/verification")
    @Operation(summary = "Walk the whole audit chain; tells whether it is intact and, if not, where it breaks")
    ChainVerification verify(@AuthenticationPrincipal StaffUser user) {
        access.require(user, Permission.VERIFY_AUDIT_TRAIL);
        return audit.verify();
    }
}
