package org.qualityguard.power.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qualityguard.power.ItemContent;
import org.qualityguard.power.PowerType;
import org.qualityguard.shared.WorkingDays;
import org.qualityguard.shared.clock.ClockReading;
import org.qualityguard.shared.clock.StatutoryClock;
import org.qualityguard.shared.clock.TimeLimit;

/** The card rule and the limit an act runs on, on the shipped 2026 calendar. */
class CardRuleTest {

    private static final CardRule RULE = new CardRule(0.8);
    private static final StatutoryClock TEN_WORKING_DAYS = StatutoryClock.start(WorkingDays.fromClasspath().calendar(),
            LocalDate.of(2026, 11, 2), TimeLimit.workingDays(10));

    private static ItemContent item(PowerType type, TimeLimit statutory, TimeLimit promised) {
        return new ItemContent("XK-X-001", type, "事项", List.of(), Set.of(), Set.of(), statutory, promised, Set.of(),
                List.of(), "处", "依据");
    }

    @Test
    void anActIsOnTimeUntilEightyPercentOfItsDaysAreUsedYellowThenAndRedOnceOverdue() {
        // 2 November 2026 (Monday) + 10 working days = Monday 16 November
        assertThat(RULE.card(RULE.read(TEN_WORKING_DAYS, LocalDate.of(2026, 11, 10), null)))
                .as("6 of 10 used").isEqualTo(ClockReading.Card.NONE);
        assertThat(RULE.card(RULE.read(TEN_WORKING_DAYS, LocalDate.of(2026, 11, 12), null)))
                .as("8 of 10 used").isEqualTo(ClockReading.Card.YELLOW);
        assertThat(RULE.card(RULE.read(TEN_WORKING_DAYS, LocalDate.of(2026, 11, 16), null)))
                .as("the last day").isEqualTo(ClockReading.Card.YELLOW);
        assertThat(RULE.card(RULE.read(TEN_WORKING_DAYS, LocalDate.of(2026, 11, 17), null)))
                .isEqualTo(ClockReading.Card.RED);
    }

    @Test
    void aCompletedActIsReadAsOfItsCompletionSoOneDoneInTimeEarnsNoLaterCard() {
        assertThat(RULE.card(RULE.read(TEN_WORKING_DAYS, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 6))))
                .isEqualTo(ClockReading.Card.NONE);
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new CardRule(1.2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theActRunsOnThePromisedLimitExtendableAsTheItemsStatutoryLimitIs() {
        var limit = ActLimits.of(item(PowerType.LICENSING, TimeLimit.workingDays(20).extendableBy(10),
                TimeLimit.workingDays(10))).orElseThrow();
        assertThat(limit.source()).isEqualTo(ActLimits.Source.PROMISED);
        assertThat(limit.limit()).isEqualTo(new TimeLimit(10, TimeLimit.DayCount.WORKING_DAYS, 10));
        var penalty = ActLimits.of(item(PowerType.PENALTY, TimeLimit.calendarDays(90).extendableBy(30), null))
                .orElseThrow();
        assertThat(penalty.source()).isEqualTo(ActLimits.Source.STATUTORY);
        assertThat(penalty.limit().maximumExtension()).isEqualTo(30);
        assertThat(ActLimits.of(item(PowerType.INSPECTION, null, null))).isEmpty();
    }
}
