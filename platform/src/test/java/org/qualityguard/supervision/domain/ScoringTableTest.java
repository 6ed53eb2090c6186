package org.qualityguard.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qualityguard.shared.ValidationException;

/** The default tables walked with worked examples: static + dynamic points, caps, bands and frequencies. */
class ScoringTableTest {

    private final ScoringTable food = DefaultTables.of(Regime.FOOD);
    private final ScoringTable equipment = DefaultTables.of(Regime.SPECIAL_EQUIPMENT);

    @Test
    void shouldUseTheNationalBandsAndFrequenciesByDefault() {
        assertThat(food.gradeOf(0)).isEqualTo(Grade.A);
        assertThat(food.gradeOf(30)).isEqualTo(Grade.A);
        assertThat(food.gradeOf(31)).isEqualTo(Grade.B);
        assertThat(food.gradeOf(45)).isEqualTo(Grade.B);
        assertThat(food.gradeOf(46)).isEqualTo(Grade.C);
        assertThat(food.gradeOf(60)).isEqualTo(Grade.C);
        assertThat(food.gradeOf(61)).isEqualTo(Grade.D);
        assertThat(food.frequencyOf(Grade.A)).isEqualTo(new Frequency(1, 1));
        assertThat(food.frequencyOf(Grade.B)).isEqualTo(new Frequency(1, 2));
        assertThat(food.frequencyOf(Grade.C)).isEqualTo(new Frequency(2, 3));
        assertThat(food.frequencyOf(Grade.D)).isEqualTo(new Frequency(3, 4));
        assertThat(food.staticCap()).isEqualTo(40);
        assertThat(food.dynamicCap()).isEqualTo(60);
    }

    @Test
    void shouldGradeASmallBiscuitMakerWithACleanRecordA() {
        Scoring s = food.score(new GradingProfile().fact("foodCategory", "08").fact("scale", "SMALL"));
        assertThat(s.staticPoints()).isEqualTo(5);
        assertThat(s.dynamicPoints()).isZero();
        assertThat(s.grade()).isEqualTo(Grade.A);
        assertThat(s.contributions()).extracting(c -> c.rule().label()).containsExactly("食品类别风险 I 级：饼干");
    }

    @Test
    void shouldCapTheStaticPartOfAnInfantFormulaMakerAtForty() {
        // 20 (category IV) + 6 (large) + 2 × 3 (processes) + 8 (infants) = 40; a third process would be 43 → 40
        GradingProfile profile = new GradingProfile().fact("foodCategory", "29").fact("scale", "LARGE")
                .count("highRiskProcess", 3).fact("vulnerableConsumers", "YES");
        Scoring s = food.score(profile);
        assertThat(s.staticPoints()).isEqualTo(40);
        assertThat(s.grade()).isEqualTo(Grade.B);
    }

    @Test
    void shouldDropAMeatProducerToCWhenItFailsAnInspection() {
        GradingProfile profile = new GradingProfile().fact("foodCategory", "04").fact("scale", "MEDIUM");
        assertThat(food.score(profile).total()).isEqualTo(18);
        assertThat(food.score(profile).grade()).isEqualTo(Grade.A);

        profile.count("failedInspection", 1).count("majorFinding", 1);
        Scoring after = food.score(profile);
        assertThat(after.dynamicPoints()).isEqualTo(30);
        assertThat(after.total()).isEqualTo(48);
        assertThat(after.grade()).isEqualTo(Grade.C);
    }

    @Test
    void shouldGradeADairyWithASamplingFailureAndACaseD() {
        // static 20 + 6 + 8 = 34; dynamic 10 + 15 + 5 = 30; total 64 > 60
        GradingProfile profile = new GradingProfile().fact("foodCategory", "05").fact("scale", "LARGE")
                .fact("vulnerableConsumers", "YES").count("samplingFailure", 1).count("enforcementCase", 1)
                .count("majorFinding", 1);
        Scoring s = food.score(profile);
        assertThat(s.staticPoints()).isEqualTo(34);
        assertThat(s.dynamicPoints()).isEqualTo(30);
        assertThat(s.grade()).isEqualTo(Grade.D);
    }

    @Test
    void shouldCapEachRuleAndTheDynamicPart() {
        GradingProfile profile = new GradingProfile().count("minorFinding", 40).count("enforcementCase", 3)
                .count("failedInspection", 3);
        Scoring s = food.score(profile);
        // minor 40 → cap 5; cases 45 → cap 30; failures 75 → cap 50; sum 85 → part cap 60
        assertThat(s.contributions()).extracting(Scoring.Contribution::points).containsExactly(50, 5, 30);
        assertThat(s.dynamicPoints()).isEqualTo(60);
        assertThat(s.grade()).isEqualTo(Grade.C);
    }

    @Test
    void shouldGradeASpecialEquipmentUserFromItsUnitsAndAccidents() {
        // 2 boilers 6 + 10 elevators → 6 (cap) + 1 aged + 1 accident 15 + poor maintenance 6 = 34 → B
        GradingProfile profile = new GradingProfile().count("units.BOILER", 2).count("units.ELEVATOR", 10)
                .count("agedUnits", 1).count("accident", 1).fact("maintenanceQuality", "POOR");
        Scoring s = equipment.score(profile);
        assertThat(s.staticPoints()).isEqualTo(34);
        assertThat(s.grade()).isEqualTo(Grade.B);
        assertThat(equipment.score(new GradingProfile().count("units.ELEVATOR", 3)).grade()).isEqualTo(Grade.A);
    }

    @Test
    void shouldReadBackTheTextItWrites() {
        ScoringTable again = ScoringTable.parse(Regime.FOOD, 2, food.text());
        assertThat(again.text()).isEqualTo(food.text());
        assertThat(again.rules()).isEqualTo(food.rules());
    }

    @Test
    void shouldReportEveryFaultyLineOfAnEditedTable() {
        String edited = food.text().replace("BAND,B,45", "BAND,B,x").replace("FREQUENCY,D,3,4", "FREQUENCY,D,4,3")
                + "WHATEVER,1\n";
        assertThatThrownBy(() -> ScoringTable.parse(Regime.FOOD, 2, edited))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.violation().code())
                        .contains("E7100", "E7104", "E7101", "E7106", "E7108"));
    }

    @Test
    void shouldRefuseBandsOutOfOrder() {
        String edited = food.text().replace("BAND,C,60", "BAND,C,40");
        assertThatThrownBy(() -> ScoringTable.parse(Regime.FOOD, 2, edited))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.violation().code()).containsExactly("E7107"));
    }
}
