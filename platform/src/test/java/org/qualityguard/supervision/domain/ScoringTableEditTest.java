package org.qualityguard.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;

class ScoringTableEditTest {

    private final ScoringTable food = DefaultTables.of(Regime.FOOD);

    @Test
    void anEditIsTheNextVersionWithOnlyTheChangedNumbers() {
        ScoringTable edited = ScoringTableEdit.apply(food, Map.of("band.A", "25", "frequency.D.max", "5",
                "rule.0.points", "22"));

        assertThat(edited.version()).isEqualTo(food.version() + 1);
        assertThat(edited.upperBoundOf(Grade.A)).isEqualTo(25);
        assertThat(edited.upperBoundOf(Grade.B)).isEqualTo(food.upperBoundOf(Grade.B));
        assertThat(edited.frequencyOf(Grade.D)).isEqualTo(new Frequency(3, 5));
        assertThat(edited.rules().get(0).points()).isEqualTo(22);
        assertThat(edited.rules().get(0).label()).isEqualTo(food.rules().get(0).label());
        assertThat(ScoringTable.parse(Regime.FOOD, edited.version(), edited.text()).text()).isEqualTo(edited.text());
    }

    @Test
    void eachFaultyFieldIsNamed() {
        assertThatThrownBy(() -> ScoringTableEdit.apply(food, Map.of("band.B", "20", "frequency.C.max", "1",
                "rule.3.cap", "x", "staticCap", "-1")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("staticCap", "band.B", "frequency.C.max", "rule.3.cap"));
    }
}
