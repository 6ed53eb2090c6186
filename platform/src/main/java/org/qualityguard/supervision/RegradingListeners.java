package org.qualityguard.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.qualityguard.equipment.PeriodicInspectionRecorded;
import org.qualityguard.equipment.PeriodicInspectionsRecorded;
import org.qualityguard.sampling.SamplingFailed;
import org.qualityguard.sampling.SamplingFailureOverturned;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Re-grades an enterprise when another module records something its grade depends on. Each listener runs after the
 * publisher's transaction committed, in its own; the event publication registry keeps the event until it succeeded.
 * Events of modules not built yet (a decided case) get their listener here when they are published.
 */
@Component
class RegradingListeners {

    static final String SAMPLING_FAILURE = "samplingFailure";

    private final Grading grading;

    RegradingListeners(Grading grading) {
        this.grading = grading;
    }

    /**
     * Units' periodic inspections move their due dates (a failed one is overdue at once): their users' static points.
     * A user with a failed unit among them is re-graded with that cause, the others with a passed one.
     */
    @ApplicationModuleListener
    void on(PeriodicInspectionsRecorded event) {
        Map<String, String> resultByUser = new TreeMap<>();
        for (PeriodicInspectionRecorded inspection : event.inspections()) {
            resultByUser.merge(inspection.userCreditCode(), inspection.result(),
                    (a, b) -> "FAIL".equals(a) || "FAIL".equals(b) ? "FAIL" : a);
        }
        Map<String, List<String>> usersByResult = new TreeMap<>();
        resultByUser.forEach((user, result) -> usersByResult.computeIfAbsent(result, r -> new ArrayList<>()).add(user));
        usersByResult.forEach((result, users) -> grading.regradeAfter(users, "EQUIPMENT_INSPECTION:" + result));
    }

    /** A failed sample counts in its enterprise's dynamic grade ({@code samplingFailure}) from the day it was taken. */
    @ApplicationModuleListener
    void on(SamplingFailed event) {
        grading.recordEventAfter(event.creditCode(), SAMPLING_FAILURE, event.sampledOn(), note(event.sampleNo()));
    }

    /** An overturned failure no longer counts. */
    @ApplicationModuleListener
    void on(SamplingFailureOverturned event) {
        grading.withdrawEventAfter(event.creditCode(), SAMPLING_FAILURE, note(event.sampleNo()));
    }

    private static String note(String sampleNo) {
        return "监督抽检样品 " + sampleNo;
    }
}
