package org.qualityguard.replay;

import org.qualityguard.risk.Hazard;
import org.qualityguard.risk.InspectionResult;
import org.qualityguard.risk.Lot;
import org.qualityguard.risk.Outcome;

/** A lot with the outcome it would have had if inspected; the replay reveals it only to the strategy that inspects. */
record LabelledLot(Lot lot, Outcome outcome, Hazard hazard) {

    boolean failed() {
        return outcome == Outcome.FAIL;
    }

    /** The result as known on the day the lot was declared (inspection at the port of entry, same day). */
    InspectionResult result() {
        return new InspectionResult(lot.lotId(), lot.declaredAt(), outcome, hazard);
    }
}
