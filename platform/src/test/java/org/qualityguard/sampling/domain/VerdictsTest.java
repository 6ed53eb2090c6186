package org.qualityguard.sampling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qualityguard.shared.ValidationException;

class VerdictsTest {

    private static final String MILK = "生乳、巴氏杀菌乳、灭菌乳、调制乳、发酵乳";

    private static StandardLimit lead(String standard, String limit, LocalDate from, LocalDate until, int version) {
        return new StandardLimit(standard, "铅(以Pb计)", MILK, new BigDecimal(limit), "mg/kg", Comparison.AT_MOST,
                until == null ? StandardLimit.Status.CURRENT : StandardLimit.Status.REPLACED, null, from, until,
                standard + " 表1", version);
    }

    private final Verdicts verdicts = new Verdicts(List.of(
            lead("GB 2762-2022", "0.02", LocalDate.of(2023, 6, 30), null, 1),
            lead("GB 2762-2017", "0.05", LocalDate.of(2017, 9, 17), LocalDate.of(2023, 6, 30), 1),
            new StandardLimit("GB 29921-2021", "沙门氏菌", MILK, null, "/25g", Comparison.NOT_DETECTED,
                    StandardLimit.Status.CURRENT, null, LocalDate.of(2021, 11, 22), null, "GB 29921-2021 表1", 1)));

    private static Verdicts.Measurement leadOf(String value, String unit) {
        return new Verdicts.Measurement("GB 2762", "铅(以Pb计)", value == null ? null : new BigDecimal(value), unit);
    }

    @Test
    void aValueOverTheLimitInForceOnTheSamplingDateFails() {
        assertThat(verdicts.judge(leadOf("0.03", "mg/kg"), MILK, LocalDate.of(2026, 12, 1)).conforms()).isFalse();
        assertThat(verdicts.judge(leadOf("0.02", "mg/kg"), MILK, LocalDate.of(2026, 12, 1)).conforms()).isTrue();
    }

    @Test
    void aSampleTakenBeforeTheNewStandardIsJudgedByTheOldOne() {
        Verdicts.ItemVerdict v = verdicts.judge(leadOf("0.03", "mg/kg"), MILK, LocalDate.of(2023, 6, 29));
        assertThat(v.conforms()).isTrue();
        assertThat(v.limit().standardNo()).isEqualTo("GB 2762-2017");
    }

    @Test
    void theLatestVersionOfARowJudges() {
        Verdicts edited = new Verdicts(List.of(lead("GB 2762-2022", "0.02", LocalDate.of(2023, 6, 30), null, 1),
                lead("GB 2762-2022", "0.04", LocalDate.of(2023, 6, 30), null, 2)));
        assertThat(edited.judge(leadOf("0.03", "mg/kg"), MILK, LocalDate.of(2026, 1, 1)).conforms()).isTrue();
    }

    @Test
    void aPathogenMustNotBeDetected() {
        Verdicts.Measurement none = new Verdicts.Measurement("GB 29921-2021", "沙门氏菌", null, "/25g");
        Verdicts.Measurement found = new Verdicts.Measurement("GB 29921-2021", "沙门氏菌", BigDecimal.ONE, "/25g");
        assertThat(verdicts.judge(none, MILK, LocalDate.of(2026, 1, 1)).conforms()).isTrue();
        assertThat(verdicts.judge(found, MILK, LocalDate.of(2026, 1, 1)).conforms()).isFalse();
    }

    @Test
    void aSampleFailsWhenAnyItemFails() {
        Verdicts.SampleVerdict v = verdicts.judgeSample(List.of(leadOf("0.5", "mg/kg"),
                new Verdicts.Measurement("GB 29921", "沙门氏菌", null, "/25g")), MILK, LocalDate.of(2026, 1, 1));
        assertThat(v.conforms()).isFalse();
        assertThat(v.failed()).hasSize(1);
    }

    @Test
    void aUnitMismatchIsRefusedNotConverted() {
        assertThatThrownBy(() -> verdicts.judge(leadOf("20", "μg/kg"), MILK, LocalDate.of(2026, 1, 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations().get(0).field()).isEqualTo("unit");
                    assertThat(e.violations().get(0).violation().code()).isEqualTo("E4320");
                });
    }

    @Test
    void anItemTheStandardDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> verdicts.judge(new Verdicts.Measurement("GB 2762", "三聚氰胺", BigDecimal.ONE,
                "mg/kg"), MILK, LocalDate.of(2026, 1, 1)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).violation().code()).isEqualTo("E4321"));
    }

    @Test
    void aDateBeforeAnyVersionOfTheStandardIsRefused() {
        assertThatThrownBy(() -> verdicts.judge(leadOf("0.01", "mg/kg"), MILK, LocalDate.of(2010, 1, 1)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).violation().code()).isEqualTo("E4322"));
    }

    @Test
    void everyItemThatCannotBeJudgedIsNamedWithItsRow() {
        assertThatThrownBy(() -> verdicts.judgeSample(List.of(leadOf("0.01", "mg/kg"), leadOf("1", "g/kg")), MILK,
                LocalDate.of(2026, 1, 1)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.row()).isEqualTo(2)));
    }

    @Test
    void aStandardRowIsReadWithItsFaultsNamed() {
        List<org.qualityguard.shared.FieldViolation> faults = new java.util.ArrayList<>();
        assertThat(StandardRow.parse(java.util.Map.of("standard_no", "GB 2762-2022", "item", "铅", "applies_to",
                "大米", "limit", "abc", "unit", "mg/kg", "comparison", "≈", "effective_from", "2023-06-30",
                "source", "表1"), 3, faults)).isEmpty();
        assertThat(faults).extracting(f -> f.violation().code()).containsExactlyInAnyOrder("E4323", "E4324");
        assertThat(faults).allSatisfy(f -> assertThat(f.row()).isEqualTo(3));
    }
}
