package org.qualityguard.enforcement;

import org.qualityguard.inspection.WarningConfirmed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A confirmed warning is a lead (案件线索): opened as a case of the province after the inspection module's transaction
 * committed, in its own; the event publication registry keeps the event until the lead is opened.
 */
@Component
class WarningLeads {

    private final EnforcementCases cases;

    WarningLeads(EnforcementCases cases) {
        this.cases = cases;
    }

    @ApplicationModuleListener
    void on(WarningConfirmed warning) {
        cases.openFromWarning(warning);
    }
}
