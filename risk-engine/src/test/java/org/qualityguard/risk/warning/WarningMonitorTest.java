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

    @Test
    void shouldRaiseTheBurstStatisticOnOneSurprisingFailureWithoutRaisingAWarning() {
        WarningMonitor withBurst = new WarningMonitor(4.0, new double[] {3, 5, 8, 11}, true, 0, 10.0, 6.0);
        withBurst.observe(1, 0.03, 100, true, "L1", 0);
        assertThat(withBurst.burst(1)).isCloseTo(Math.log(BernoulliCusum.shiftedRate(0.03, 10.0) / 0.03),
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(withBurst.burst(1)).isGreaterThan(withBurst.statistic(1));
        assertThat(withBurst.level(1)).isEqualTo(WarningLevel.NONE);
    }

    @Test
    void shouldWindTheBurstStatisticDownWithPassesAndCapIt() {
        WarningMonitor withBurst = new WarningMonitor(4.0, new double[] {3, 5, 8, 11}, true, 0, 10.0, 6.0);
        for (int i = 0; i < 10; i++) {
            withBurst.observe(1, 0.03, 100, true, "F" + i, i);
        }
        assertThat(withBurst.burst(1)).isEqualTo(6.0, org.assertj.core.data.Offset.offset(1e-6));
        int passes = 0;
        while (withBurst.burst(1) > 0) {
            withBurst.observe(1, 0.03, 100, false, "P" + passes, 20 + passes);
            passes++;
        }
        assertThat(passes).isBetween(10, 40);
    }

    @Test
    void shouldKeepNoBurstStatisticWhenItIsOff() {
        monitor.observe(1, 0.03, 100, true, "L1", 0);
        assertThat(monitor.burst(1)).isZero();
    }

    @Test
    void shouldWeighAFailureAgainstTheLotsOwnRateRatherThanTheCellsBaselineWhenGivenOne() {
        WarningMonitor cellBaseline = new WarningMonitor(4.0, new double[] {3, 5, 8, 11}, false);
        WarningMonitor riskAdjusted = new WarningMonitor(4.0, new double[] {3, 5, 8, 11}, false);
        // the cell's baseline comes from its risky lots (30 %); the failed lot was an ordinary one (3 %)
        cellBaseline.observe(1, 0.30, 100, true, "L1", 0);
        riskAdjusted.observe(1, 0.30, 100, 0.03, 0.0, true, "L1", 0);
        assertThat(riskAdjusted.statistic(1)).isCloseTo(BernoulliCusum.increment(0.03,
                BernoulliCusum.shiftedRate(0.03, 4.0), true), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(riskAdjusted.statistic(1)).isGreaterThan(cellBaseline.statistic(1) + 0.5);
        assertThat(riskAdjusted.baseline(1)).isEqualTo(0.30f, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void shouldJudgeACellTheScorecardUnderratesForGoodAgainstWhatItReallyDoes() {
        WarningMonitor underrated = new WarningMonitor(4.0, new double[] {3, 5, 8, 11}, false);
        for (int i = 0; i < 300; i++) { // predicted 5 %, fails 15 %
            underrated.observe(1, 0.05, 100, 0.05, 0.0, i % 20 < 3, "L" + i, i / 10);
        }
        underrated.dismiss(1, 30); // an analyst: this is how the cell is, not a change
        WarningMonitor fresh = new WarningMonitor(4.0, new double[] {3, 5, 8, 11}, false);
        for (int i = 0; i < 100; i++) { // the same record goes on
            underrated.observe(1, 0.05, 100, 0.05, 0.0, i % 20 < 3, "M" + i, 31 + i / 10);
            fresh.observe(1, 0.05, 100, 0.05, 0.0, i % 20 < 3, "M" + i, 31 + i / 10);
        }

        assertThat(underrated.calibration(1)).isCloseTo(Math.log(3), org.assertj.core.data.Offset.offset(0.2));
        assertThat(underrated.level(1)).isEqualTo(WarningLevel.NONE);
        assertThat(fresh.level(1)).isGreaterThanOrEqualTo(WarningLevel.YELLOW);
    }

    @Test
    void shouldNeedMoreEvidenceFromACellWhoseRateIsUncertainThroughItsMargin() {
        WarningMonitor charts = new WarningMonitor(4.0, new double[] {3, 5, 8, 11}, false);
        charts.observe(1, 0.05, 100, 0.05, 0.0, true, "L1", 0);  // a well-known cell
        charts.observe(2, 0.05, 100, 0.05, 1.0, true, "L1", 0);  // a thin one: its odds could be e times higher
        assertThat(charts.statistic(2)).isLessThan(charts.statistic(1));
    }
}
