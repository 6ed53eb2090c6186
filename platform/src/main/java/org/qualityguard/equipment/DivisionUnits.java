package org.qualityguard.equipment;

/** Units in use and overdue in one division (county), for coverage. */
public record DivisionUnits(String divisionCode, long units, long overdue) {
}
