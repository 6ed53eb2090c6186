package org.qualityguard.risk.switching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityguard.risk.SwitchingState.DISCONTINUED;
import static org.qualityguard.risk.SwitchingState.NORMAL;
import static org.qualityguard.risk.SwitchingState.REDUCED;
import static org.qualityguard.risk.SwitchingState.TIGHTENED;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.qualityguard.risk.SwitchingState;

class SwitchingRulesTest {

    private static final int STREAM = 7;
    private final SwitchingRules rules = new SwitchingRules();
    private int day = 100;

    private Optional<Transition> accept() {
        return rules.record(STREAM, day++, false);
    }

    private Optional<Transition> reject() {
        return rules.record(STREAM, day++, true);
    }

    /** Drives a fresh stream into the given state by the rules themselves. */
    private void driveTo(SwitchingState state) {
        switch (state) {
            case NORMAL -> { }
            case TIGHTENED -> {
                reject();
                reject();
            }
            case REDUCED -> {
                for (int i = 0; i < 10; i++) {
                    accept();
                }
            }
            case DISCONTINUED -> {
                driveTo(TIGHTENED);
                for (int i = 0; i < 5; i++) {
                    reject();
                }
            }
        }
        assertThat(rules.state(STREAM)).isEqualTo(state);
    }

    private Optional<Transition> fire(Trigger trigger) {
        Optional<Transition> last = Optional.empty();
        switch (trigger) {
            case TWO_OF_FIVE_REJECTED -> {
                reject();
                accept();
                accept();
                last = reject();
            }
            case FIVE_CONSECUTIVE_ACCEPTED -> {
                for (int i = 0; i < 5; i++) {
                    last = accept();
                }
            }
            case TEN_CONSECUTIVE_ACCEPTED_STEADY -> {
                for (int i = 0; i < 10; i++) {
                    last = accept();
                }
            }
            case ONE_REJECTED -> last = reject();
            case SUPPLY_BECAME_IRREGULAR -> {
                day += SwitchingRules.STEADY_SUPPLY_MAX_GAP_DAYS + 30;
                last = accept();
            }
            case FIVE_REJECTED_WHILE_TIGHTENED -> {
                for (int i = 0; i < 5; i++) {
                    last = reject();
                }
            }
            case CORRECTIVE_ACTION_ACCEPTED -> last = rules.correctiveActionAccepted(STREAM, day++);
        }
        return last;
    }

    static Stream<Arguments> table() {
        return SwitchingRules.TABLE.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void everyEdgeOfTheTableIsTakenByItsTriggerAndEmitsItsEvent(Transition edge) {
        driveTo(edge.from());

        Optional<Transition> taken = fire(edge.trigger());

        assertThat(taken).contains(edge);
        assertThat(rules.state(STREAM)).isEqualTo(edge.to());
    }

    @Test
    void theTableCoversEveryStateAndEveryTrigger() {
        Set<SwitchingState> from = EnumSet.noneOf(SwitchingState.class);
        Set<Trigger> triggers = EnumSet.noneOf(Trigger.class);
        SwitchingRules.TABLE.forEach(t -> {
            from.add(t.from());
            triggers.add(t.trigger());
        });
        assertThat(from).containsExactlyInAnyOrder(SwitchingState.values());
        assertThat(triggers).containsExactlyInAnyOrder(Trigger.values());
    }

    @Test
    void shouldStayNormalWhenOnlyOneOfFiveIsRejected() {
        reject();
        for (int i = 0; i < 4; i++) {
            accept();
        }
        assertThat(rules.state(STREAM)).isEqualTo(NORMAL);
    }

    @Test
    void shouldStayNormalWhenTwoRejectionsAreSixLotsApart() {
        reject();
        for (int i = 0; i < 4; i++) {
            accept();
        }
        reject();
        assertThat(rules.state(STREAM)).isEqualTo(NORMAL);
    }

    @Test
    void shouldNotReduceWhenSupplyPausedForMonthsDuringTheRun() {
        for (int i = 0; i < 5; i++) {
            accept();
        }
        day += SwitchingRules.STEADY_SUPPLY_MAX_GAP_DAYS + 30;
        for (int i = 0; i < 5; i++) {
            accept();
        }
        assertThat(rules.state(STREAM)).isEqualTo(NORMAL);
    }

    @Test
    void shouldNotReturnToNormalFromTightenedWhenARejectionBreaksTheRun() {
        driveTo(TIGHTENED);
        for (int i = 0; i < 4; i++) {
            accept();
        }
        reject();
        accept();
        assertThat(rules.state(STREAM)).isEqualTo(TIGHTENED);
    }

    @Test
    void shouldStayDiscontinuedWhateverTheLotsShowUntilCorrectiveActionIsAccepted() {
        driveTo(DISCONTINUED);
        for (int i = 0; i < 20; i++) {
            accept();
        }
        assertThat(rules.state(STREAM)).isEqualTo(DISCONTINUED);
        assertThat(rules.correctiveActionAccepted(STREAM, day)).map(Transition::to).contains(TIGHTENED);
    }

    @Test
    void shouldLeaveReducedOnTheFirstRejection() {
        driveTo(REDUCED);
        assertThat(reject()).map(Transition::emits).contains("InspectionNormalised");
    }

    @ParameterizedTest(name = "after {0} days without a lot")
    @ValueSource(ints = {90, 200})
    void shouldReturnFromReducedToNormalWhenSupplyBecomesIrregular(int gap) {
        driveTo(REDUCED);
        day += gap - 1;

        assertThat(rules.stateOn(STREAM, day)).as("the lot after the gap is planned at normal severity")
                .isEqualTo(NORMAL);
        Optional<Transition> taken = accept();

        assertThat(taken).map(Transition::trigger).contains(Trigger.SUPPLY_BECAME_IRREGULAR);
        assertThat(rules.state(STREAM)).isEqualTo(NORMAL);
    }

    @Test
    void shouldStayReducedWhileSupplyKeepsItsSteadyRate() {
        driveTo(REDUCED);
        day += SwitchingRules.STEADY_SUPPLY_MAX_GAP_DAYS - 1; // the last lot came the day before `day`

        assertThat(rules.stateOn(STREAM, day)).isEqualTo(REDUCED);
        assertThat(accept()).isEmpty();
        assertThat(rules.state(STREAM)).isEqualTo(REDUCED);
    }
}
