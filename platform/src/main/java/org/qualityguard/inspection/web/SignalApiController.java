package org.qualityguard.inspection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.inspection.ExternalSignals;
import org.qualityguard.inspection.RecordedSignal;
import org.qualityguard.inspection.SignalDeclaration;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Partner agencies and integrations post outside signals on cells for the risk engine. */
@RestController
@RequestMapping(path = "/api/v1/inspection", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "inspection", description = "Risk decisions on import/export lots, results and early warnings")
class SignalApiController {

    private final ExternalSignals signals;

    SignalApiController(ExternalSignals signals) {
        this.signals = signals;
    }

    record SignalBatchJson(List<SignalDeclaration> signals) {
    }

    @Operation(summary = "Record one outside signal on a cell (a partner's notification, a consumer complaint, another "
            + "bureau's result); the same id again records nothing new")
    @PostMapping("/signals")
    RecordedSignal record(@AuthenticationPrincipal StaffUser user, @RequestBody SignalDeclaration signal) {
        return signals.record(user, signal);
    }

    @Operation(summary = "Record a batch of outside signals, all or nothing")
    @PostMapping("/signals/batch")
    List<RecordedSignal> recordAll(@AuthenticationPrincipal StaffUser user, @RequestBody SignalBatchJson batch) {
        return signals.recordAll(user, batch.signals() == null ? List.of() : batch.signals());
    }
}
