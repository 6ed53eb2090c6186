package org.qualityguard.sampling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ComplaintSurgeTest {

    private final ComplaintSurge surge = ComplaintSurge.standard();

    @Test
    void thePoissonTailMatchesItsClosedForm() {
        // P(X >= 1 | λ = 2) = 1 - e^-2; P(X >= 3 | λ = 1) = 1 - e^-1 (1 + 1 + 1/2)
        assertThat(ComplaintSurge.upperTail(1, 2.0)).isCloseTo(1 - Math.exp(-2), offset(1e-12));
        assertThat(ComplaintSurge.upperTail(3, 1.0)).isCloseTo(1 - Math.exp(-1) * 2.5, offset(1e-12));
        assertThat(ComplaintSurge.upperTail(0, 5.0)).isEqualTo(1.0);
    }

    @Test
    void thirtyComplaintsInTwoWeeksAgainstTwoAWeekIsARise() {
        ComplaintSurge.Result r = surge.test(30, 16);
        assertThat(r.expected()).isCloseTo(16.5 / 56 * 14, offset(1e-9));
        assertThat(r.rising()).isTrue();
        assertThat(r.pValue()).isLessThan(1e-6);
    }

    @Test
    void aCategoryAtItsUsualRateIsNotProposed() {
        assertThat(surge.test(4, 16).rising()).isFalse();
        assertThat(surge.test(6, 24).rising()).isFalse();
    }

    @Test
    void afewComplaintsInAQuietCategoryAreBelowTheMinimum() {
        assertThat(surge.test(4, 0).pValue()).isLessThan(0.01);
        assertThat(surge.test(4, 0).rising()).isFalse();
    }

    @Test
    void theWindowIsTheLastFourteenDaysAndTheBaselineTheFiftySixBefore() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        assertThat(surge.inWindow(today.minusDays(13), today)).isTrue();
        assertThat(surge.inWindow(today.minusDays(14), today)).isFalse();
        assertThat(surge.inBaseline(today.minusDays(14), today)).isTrue();
        assertThat(surge.inBaseline(today.minusDays(69), today)).isTrue();
        assertThat(surge.inBaseline(today.minusDays(70), today)).isFalse();
    }
}
