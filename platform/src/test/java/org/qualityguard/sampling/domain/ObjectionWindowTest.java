package org.qualityguard.sampling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.WorkingDays;

class ObjectionWindowTest {

    private final ObjectionWindow window = new ObjectionWindow(WorkingDays.fromClasspath());

    @Test
    void aFoodFailureToldBeforeTheAutumnHolidaysMayBeObjectedToUntilSevenWorkingDaysLater() {
        // 2026: Mid-Autumn 09-25 … 09-27 and National Day 10-01 … 10-07 off, Saturday 10-10 worked (调休):
        // 09-28, 09-29, 09-30, 10-08, 10-09, 10-10, 10-12.
        assertThat(window.lastDay(ProductCategory.Kind.FOOD, LocalDate.of(2026, 9, 24)))
                .isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void aProductFailureHasFifteenDaysMovedOffAHoliday() {
        assertThat(window.lastDay(ProductCategory.Kind.INDUSTRIAL, LocalDate.of(2026, 11, 2)))
                .isEqualTo(LocalDate.of(2026, 11, 17));
        // 09-17 + 15 = 10-02, within the National Day holiday: the next working day is 10-08.
        assertThat(window.lastDay(ProductCategory.Kind.INDUSTRIAL, LocalDate.of(2026, 9, 17)))
                .isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void resultLinesReadTabsCommasAndNotDetectedAndNameEveryLineThatCannotBeRead() {
        assertThat(MeasurementLines.parse("GB 2762,铅(以Pb计),0.05,mg/kg\nGB 29921\t沙门氏菌\tND\t/25g\n"))
                .containsExactly(new Verdicts.Measurement("GB 2762", "铅(以Pb计)", new BigDecimal("0.05"), "mg/kg"),
                        new Verdicts.Measurement("GB 29921", "沙门氏菌", null, "/25g"));
        assertThatThrownBy(() -> MeasurementLines.parse("GB 2762,铅,abc,mg/kg\n\nGB 2762,铅\n"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.row() + ":" + v.violation().code())
                        .containsExactly("1:E4323", "3:E4338"));
    }
}
