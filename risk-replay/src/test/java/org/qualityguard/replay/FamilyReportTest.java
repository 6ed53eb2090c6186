package org.qualityguard.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FamilyReportTest {

    private static Map<String, Object> event(boolean detectable, Long delay) {
        Map<String, Object> e = new HashMap<>();
        e.put("detectable", detectable);
        e.put("delay_days", delay);
        e.put("warned_within_28_days", delay != null && delay <= 28);
        return e;
    }

    @Test
    void theMedianDelayCountsOnlyDetectableEventsAndAMissAsNever() {
        assertThat(FamilyReport.medianDelay(List.of(event(true, 6L), event(true, 10L), event(true, null))))
                .isEqualTo(10.0);
        assertThat(FamilyReport.medianDelay(List.of(event(true, 6L), event(false, 40L), event(false, null))))
                .isEqualTo(6.0);
        assertThat(FamilyReport.medianDelay(List.of(event(true, 6L), event(true, null)))).isNull();
        assertThat(FamilyReport.medianDelay(List.of(event(true, 6L), event(true, 35L), event(true, 2L)))).isEqualTo(6.0);
        assertThat(FamilyReport.medianDelay(List.of(event(false, 3L)))).isNull();
    }
}
