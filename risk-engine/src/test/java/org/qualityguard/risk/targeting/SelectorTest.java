package org.qualityguard.risk.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.qualityguard.risk.SelectionReason;

class SelectorTest {

    private static final int N = 1000;

    private final double[] priority = new double[N];
    private final SelectionReason[] claim = new SelectionReason[N];
    private final int[] stratum = new int[N];

    SelectorTest() {
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < N; i++) {
            priority[i] = r.nextDouble() < 0.5 ? 0.05 : r.nextDouble(); // many ties on purpose
            stratum[i] = i % 10 == 0 ? 1 : 0; // 10 % of lots in stratum 1
        }
    }

    private SelectionReason[] select(int capacity, long seed) {
        return Selector.select(priority, claim, stratum, capacity, 0.10, seed, new int[1]);
    }

    @Test
    void shouldChooseExactlyTheSameLotsForTheSameSeed() {
        assertThat(select(100, 42)).containsExactly(select(100, 42));
    }

    @Test
    void shouldChooseOtherExplorationLotsForAnotherSeed() {
        assertThat(select(100, 42)).isNotEqualTo(select(100, 43));
    }

    @Test
    void shouldFillTheCapacityWithTenPercentExplorationAndTheRestByPriority() {
        SelectionReason[] reasons = select(100, 1);
        assertThat(count(reasons, SelectionReason.EXPLORATION)).isEqualTo(10);
        assertThat(count(reasons, SelectionReason.RISK)).isEqualTo(90);
        double lowestChosen = 1;
        double highestLeft = 0;
        for (int i = 0; i < N; i++) {
            if (reasons[i] == SelectionReason.RISK) {
                lowestChosen = Math.min(lowestChosen, priority[i]);
            } else if (reasons[i] == SelectionReason.NOT_SELECTED) {
                highestLeft = Math.max(highestLeft, priority[i]);
            }
        }
        assertThat(lowestChosen).isGreaterThanOrEqualTo(highestLeft);
    }

    @Test
    void shouldTakeMandatoryLotsBeforeRiskyOnesAndReportThoseThatDoNotFit() {
        for (int i = 0; i < 150; i++) {
            claim[i * 5] = SelectionReason.MANDATORY_WARNING;
        }
        int[] overflow = new int[1];
        SelectionReason[] reasons = Selector.select(priority, claim, stratum, 100, 0.10, 1, overflow);
        assertThat(count(reasons, SelectionReason.MANDATORY_WARNING)).isEqualTo(90);
        assertThat(count(reasons, SelectionReason.RISK)).isZero();
        int explorationOfMandatory = 0;
        for (int i = 0; i < N; i++) {
            explorationOfMandatory += claim[i] != null && reasons[i] == SelectionReason.EXPLORATION ? 1 : 0;
        }
        assertThat(overflow[0]).isEqualTo(150 - 90 - explorationOfMandatory);
    }

    @Test
    void shouldServeFollowUpsAfterMandatoryLotsAndSurveillanceAfterFollowUps() {
        claim[1] = SelectionReason.SURVEILLANCE;
        claim[2] = SelectionReason.WARNING_FOLLOW_UP;
        claim[3] = SelectionReason.MANDATORY_LIST;
        priority[1] = 0.9;
        priority[2] = 0.0;
        priority[3] = 0.0;
        stratum[1] = stratum[2] = stratum[3] = 5; // a stratum of their own, too small to be explored at capacity 12
        SelectionReason[] reasons = Selector.select(priority, claim, stratum, 12, 0.0, 1, new int[1]);
        assertThat(reasons[3]).isEqualTo(SelectionReason.MANDATORY_LIST);
        assertThat(reasons[2]).isEqualTo(SelectionReason.WARNING_FOLLOW_UP);
        assertThat(reasons[1]).isEqualTo(SelectionReason.SURVEILLANCE);
        assertThat(count(reasons, SelectionReason.RISK)).isEqualTo(9);
    }

    @Test
    void shouldAllocateTheExplorationSampleToStrataInProportion() {
        int[] inStratumOne = new int[1];
        for (long seed = 0; seed < 50; seed++) {
            int[] chosen = Selector.stratifiedSample(stratum, 100, new SplittableRandom(seed));
            int ones = (int) Arrays.stream(chosen).filter(i -> stratum[i] == 1).count();
            assertThat(ones).isBetween(9, 11); // systematic sampling: within one lot of 10 % every time
            inStratumOne[0] += ones;
            assertThat(Arrays.stream(chosen).distinct().count()).isEqualTo(100);
        }
    }

    private static long count(SelectionReason[] reasons, SelectionReason reason) {
        return Arrays.stream(reasons).filter(r -> r == reason).count();
    }
}
