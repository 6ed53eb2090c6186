package org.qualityguard.risk;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The outcome of inspecting one lot. A failed result names its hazard; a pass has none.
 *
 * @param inspectedAt the day the result became known; it dates any warning the result raises
 */
public record InspectionResult(String lotId, LocalDate inspectedAt, Outcome outcome, Hazard hazard) {

    public InspectionResult {
        Objects.requireNonNull(lotId, "lotId");
        Objects.requireNonNull(inspectedAt, "inspectedAt");
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Outcome.FAIL && hazard == null) {
            hazard = Hazard.OTHER;
        }
        if (outcome == Outcome.PASS && hazard != null) {
            throw new IllegalArgumentException("a passed lot has no hazard: " + lotId);
        }
    }

    public static InspectionResult passed(String lotId, LocalDate on) {
        return new InspectionResult(lotId, on, Outcome.PASS, null);
    }

    public static InspectionResult failed(String lotId, LocalDate on, Hazard hazard) {
        return new InspectionResult(lotId, on, Outcome.FAIL, hazard);
    }
}
