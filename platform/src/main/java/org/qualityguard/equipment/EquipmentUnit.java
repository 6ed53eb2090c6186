package org.qualityguard.equipment;

import java.time.LocalDate;

import org.qualityguard.shared.DivisionCode;

/**
 * A unit as the register shows it. {@code kind} is the catalogue kind's name (ELEVATOR, …), {@code safetyLevel} 1–5
 * or 0 when none is recorded, {@code lastResult} PASS / FAIL or null when never inspected.
 */
public record EquipmentUnit(String registrationCode, String kind, String userCreditCode, String maintenanceUnit,
                            DivisionCode division, LocalDate commissionedOn, int safetyLevel,
                            LocalDate lastInspectedOn, String lastResult, LocalDate nextDueOn) {
}
