package org.qualityguard.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.qualityguard.inspection.domain.Measurement;

/** The stored result of an inspected lot. */
public record RecordedResult(String lotId, String outcome, String hazard, LocalDate inspectedOn,
                             List<Measurement> measurements, String recordedBy, Instant recordedAt) {

    public RecordedResult {
        measurements = List.copyOf(measurements);
    }
}
