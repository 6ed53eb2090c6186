package org.qualityguard.supervision;

import org.qualityguard.equipment.PeriodicInspectionRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Re-grades an enterprise when another module records something its grade depends on. Each listener runs after the
 * publisher's transaction committed, in its own; the event publication registry keeps the event until it succeeded.
 * Events of modules not built yet (a failed sample, a decided case) get their listener here when they are published.
 */
@Component
class RegradingListeners {

    private final Grading grading;

    RegradingListeners(Grading grading) {
        this.grading = grading;
    }

    /** A unit's periodic inspection moves its due date (a failed one is overdue at once): the user's static points. */
    @ApplicationModuleListener
    void on(PeriodicInspectionRecorded event) {
        grading.regradeAfter(event.userCreditCode(), "EQUIPMENT_INSPECTION:" + event.result());
    }
}
