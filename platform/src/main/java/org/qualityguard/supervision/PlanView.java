package org.qualityguard.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A plan as drawn: its period, seed and status, the inspections with their inspectors, and the units falling due. */
public record PlanView(long id, String divisionCode, int year, Integer month, long seed, String status,
                       int ungraded, String createdBy, String approvedBy, List<Inspection> inspections,
                       List<DueUnit> units) {

    public record Inspection(long id, String creditCode, String regime, String grade, int month, long inspectorA,
                             long inspectorB) {
    }

    public record DueUnit(String registrationCode, String kind, String userCreditCode, LocalDate dueOn) {
    }

    /** One draw for a division and period: its plan, seed, status (SUPERSEDED once drawn again), drawer and time. */
    public record Draw(long planId, long seed, String status, String drawnBy, Instant drawnAt) {
    }
}
