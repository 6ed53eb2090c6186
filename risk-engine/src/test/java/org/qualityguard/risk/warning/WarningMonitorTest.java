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
            monitor.observe(1, 0.03, 100, true, "L" + i, day++);
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
            monitor.observe(1, 0.03, 100, true, "L" + i, i);
        }
        assertThat(monitor.level(1)).isGreaterThanOrEqualTo(WarningLevel.ORANGE);
        int passes = 0;
        while (monitor.statistic(1) > 0 && passes < 10_000) {
            monitor.observe(1, 0.03, 100, false, "P" + passes, 100 + passes);
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
            lowBaseline.observe(1, 0.02, 100, true, "L" + i, i);
            highBaseline.observe(1, 0.30, 100, true, "L" + i, i);
        }
        assertThat(lowBaseline.level(1)).isGreaterThan(highBaseline.level(1));
    }

    @Test
    void shouldNotConfirmWithoutAnAnalystUnlessConfigured() {
        WarningMonitor manual = new WarningMonitor(4.0, new double[] {3, 5, 8, 11}, false);
        for (int i = 0; i < 12; i++) {
            manual.observe(1, 0.03, 100, true, "L" + i, i);
        }
        assertThat(manual.mandatory(1)).isFalse();
        manual.confirm(1);
        assertThat(manual.mandatory(1)).isTrue();
    }

    @Test
    void shouldStopAtYellowWhenTheCellHadTooLittleHistoryToKnowItsBaseline() {
        WarningMonitor strict = new WarningMonitor(4.0, new double[] {3, 5, 8, 11}, true, 20);
        for (int i = 0; i < 12; i++) {
            strict.observe(1, 0.03, 5, true, "L" + i, i);
            strict.observe(2, 0.03, 50, true, "L" + i, i);
        }
        assertThat(strict.level(1)).isEqualTo(WarningLevel.YELLOW);
        assertThat(strict.level(2)).isEqualTo(WarningLevel.RED);
    }
}
