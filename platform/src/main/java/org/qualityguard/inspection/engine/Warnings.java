package org.qualityguard.inspection.engine;

import java.time.LocalDate;
import org.qualityguard.risk.Cell;
import org.qualityguard.risk.RiskEngine;

/** An analyst's decision on a warning, as the engine takes it: live and when the journal is replayed alike. */
public final class Warnings {

    public static final String CONFIRM = "CONFIRM";
    public static final String DISMISS = "DISMISS";

    private Warnings() {
    }

    public static void apply(RiskEngine engine, Cell cell, String action, LocalDate on) {
        if (CONFIRM.equals(action)) {
            engine.confirmWarning(cell);
        } else {
            engine.dismissWarning(cell, on);
        }
    }
}
