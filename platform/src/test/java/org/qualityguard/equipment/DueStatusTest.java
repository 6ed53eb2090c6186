package org.qualityguard.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DueStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void aDateBeforeTodayIsOverdueByTheDaysPastIt() {
        assertThat(DueStatus.of(TODAY.minusDays(12), TODAY)).isEqualTo(new DueStatus(DueStatus.State.OVERDUE, 12));
        assertThat(DueStatus.of(TODAY.minusDays(12), TODAY).cssClass()).isEqualTo("overdue");
    }

    @Test
    void todayAndTheNextThirtyDaysAreDueSoonAndLaterDatesAreNot() {
        assertThat(DueStatus.of(TODAY, TODAY).state()).isEqualTo(DueStatus.State.DUE_SOON);
        assertThat(DueStatus.of(TODAY.plusDays(EquipmentRegister.DUE_SOON_DAYS), TODAY))
                .isEqualTo(new DueStatus(DueStatus.State.DUE_SOON, EquipmentRegister.DUE_SOON_DAYS));
        assertThat(DueStatus.of(TODAY.plusDays(EquipmentRegister.DUE_SOON_DAYS + 1), TODAY).state())
                .isEqualTo(DueStatus.State.LATER);
        assertThat(DueStatus.of(TODAY.plusDays(90), TODAY).cssClass()).isEmpty();
    }
}
