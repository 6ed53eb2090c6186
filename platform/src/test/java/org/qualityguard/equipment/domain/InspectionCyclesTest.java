package org.qualityguard.equipment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class InspectionCyclesTest {

    private final InspectionCycles cycles = InspectionCycles.defaults();

    private static int day(String iso) {
        return (int) LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void shouldMakeAnElevatorDueAYearAfterItsLastPassedInspection() {
        int due = cycles.nextDue(EquipmentKind.ELEVATOR, 0, day("2018-05-01"), day("2026-03-15"), false);
        assertThat(LocalDate.ofEpochDay(due)).isEqualTo(LocalDate.parse("2027-03-15"));
    }

    @Test
    void shouldSetAPressureVesselsCycleByItsSafetyLevel() {
        int last = day("2024-02-29");
        assertThat(LocalDate.ofEpochDay(cycles.nextDue(EquipmentKind.PRESSURE_VESSEL, 2, last, last, false)))
                .isEqualTo(LocalDate.parse("2030-02-28"));
        assertThat(LocalDate.ofEpochDay(cycles.nextDue(EquipmentKind.PRESSURE_VESSEL, 3, last, last, false)))
                .isEqualTo(LocalDate.parse("2027-02-28"));
        assertThat(LocalDate.ofEpochDay(cycles.nextDue(EquipmentKind.PRESSURE_VESSEL, 5, last, last, false)))
                .isEqualTo(LocalDate.parse("2024-02-29"));
    }

    @Test
    void shouldMakeAFailedUnitDueAtOnceAndANeverInspectedOneACycleAfterCommissioning() {
        assertThat(cycles.nextDue(EquipmentKind.BOILER, 0, day("2020-01-01"), day("2026-06-01"), true))
                .isEqualTo(day("2026-06-01"));
        assertThat(LocalDate.ofEpochDay(cycles.nextDue(EquipmentKind.LIFTING_MACHINERY, 0, day("2025-08-31"),
                Integer.MIN_VALUE, false))).isEqualTo(LocalDate.parse("2027-08-31"));
    }

    @Test
    void shouldAgreeWithLocalDateOnEveryKindOfMonthArithmetic() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            int d = random.nextInt(-30_000, 60_000);
            int m = random.nextInt(0, 120);
            assertThat(EpochDays.plusMonths(d, m)).isEqualTo((int) LocalDate.ofEpochDay(d).plusMonths(m).toEpochDay());
        }
    }

    @Test
    void shouldCallAUnitOverdueDueSoonOrInOrder() {
        int today = day("2026-11-27");
        assertThat(DueStatus.of(today - 1, today, 30)).isEqualTo(DueStatus.OVERDUE);
        assertThat(DueStatus.of(today, today, 30)).isEqualTo(DueStatus.DUE_SOON);
        assertThat(DueStatus.of(today + 30, today, 30)).isEqualTo(DueStatus.DUE_SOON);
        assertThat(DueStatus.of(today + 31, today, 30)).isEqualTo(DueStatus.IN_ORDER);
    }
}
