package org.qualityguard.risk.warning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qualityguard.risk.WarningLevel;

class WarningMonitorTest {

    private final WarningMonitor monitor = new WarningMonitor(4.0, new double[] {3, 5, 8, 11}, true);

    @Test
    void shouldEscalateThroughTheLevelsAsFailuresAccumulateAndListThemAsEvidence() {
        int day = 0;
        WarningLevel last = WarningLevel.NONE;
        for (int i = 0; i < 12; i++) {
            monitor.observe(1, 0.03, true, "L" + i, day++);
            assertThat(monitor.level(1)).isGreaterThanOrEqualTo(last);
            last = monitor.level(1);
        }
        assertThat(last).isEqualTo(WarningLevel.RED);
        assertThat(monitor.mandatory(1)).isTrue();
        assertThat(monitor.evidence(1)).startsWith("L0").endsWith("L11");
    }

    @Test
    void shouldDeescalateAndDropTheConfirmationWhenPassesReturn() {
        for (int i = 0; i < 8; i++) {
            monitor.observe(1, 0.03, true, "L" + i, i);
        }
        assertThat(monitor.level(1)).isGreaterThanOrEqualTo(WarningLevel.ORANGE);
        int passes = 0;
        while (monitor.statistic(1) > 0 && passes < 10_000) {
            monitor.observe(1, 0.03, false, "P" + passes, 100 + passes);
            passes++;
        }
        assertThat(monitor.level(1)).isEqualTo(WarningLevel.NONE);
        assertThat(monitor.confirmed(1)).isFalse();
        assertThat(monitor.evidence(1)).isEmpty();
        assertThat(passes).isLessThan(1000); // capped evidence: weeks, not years, of passes
    }

    @Test
    void shouldNeedMoreFailuresToWarnAboutACellWhoseOwnBaselineIsHigh() {
        WarningMonitor lowBaseline = new WarningMonitor(4.0, new double[] {3, 5, 8, 11}, false);
        WarningMonitor highBaseline = new WarningMonitor(4.0, new double[] {3, 5, 8, 11}, false);
        for (int i = 0; i < 4; i++) {
            lowBaseline.observe(1, 0.02, true, "L" + i, i);
            highBaseline.observe(1, 0.30, true, "L" + i, i);
        }
        assertThat(lowBaseline.level(1)).isGreaterThan(highBaseline.level(1));
    }

    @Test
    void shouldNotConfirmWithoutAnAnalystUnlessConfigured() {
        WarningMonitor manual = new WarningMonitor(4.0, new double[] {3, 5, 8, 11}, false);
        for (int i = 0; i < 12; i++) {
            manual.observe(1, 0.03, true, "L" + i, i);
        }
        assertThat(manual.mandatory(1)).isFalse();
        manual.confirm(1);
        assertThat(manual.mandatory(1)).isTrue();
    }
}
