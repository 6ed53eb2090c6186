package org.qualityguard.enforcement;

import org.qualityguard.sampling.SamplingFailed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A failed sample is a lead (案件线索) in the sample's division: opened after the sampling module's transaction
 * committed, in its own; the event publication registry keeps the event until the lead is opened.
 */
@Component
class SamplingLeads {

    private final EnforcementCases cases;

    SamplingLeads(EnforcementCases cases) {
        this.cases = cases;
    }

    @ApplicationModuleListener
    void on(SamplingFailed failure) {
        cases.openFromSampling(failure);
    }
}
