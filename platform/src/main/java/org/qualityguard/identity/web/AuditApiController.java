package org.qualityguard.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.ChainVerification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "audit", description = "The tamper-evident audit trail")
class AuditApiController {

    private final AuditTrail audit;

    AuditApiController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit/verification")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Walk the whole audit chain; tells whether it is intact and, if not, where it breaks")
    ChainVerification verify() {
        return audit.verify();
    }
}
