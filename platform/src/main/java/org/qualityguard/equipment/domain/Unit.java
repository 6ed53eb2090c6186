package org.qualityguard.equipment.domain;

import java.time.LocalDate;

import org.qualityguard.shared.DivisionCode;

/**
 * A special-equipment unit in use, valid by construction (see {@link UnitRules}). Its next due date is not a fact
 * of its own but follows from the cycles: {@link #nextDue(InspectionCycles)}.
 */
public record Unit(String registrationCode, EquipmentKind kind, String userCreditCode, String maintenanceUnit,
                   DivisionCode division, LocalDate commissionedOn, int safetyLevel, LocalDate lastInspectedOn,
                   InspectionResult lastResult) {

    public LocalDate nextDue(InspectionCycles cycles) {
        int due = cycles.nextDue(kind, safetyLevel, (int) commissionedOn.toEpochDay(),
                lastInspectedOn == null ? Integer.MIN_VALUE : (int) lastInspectedOn.toEpochDay(),
                lastResult == InspectionResult.FAIL);
        return LocalDate.ofEpochDay(due);
    }
}
