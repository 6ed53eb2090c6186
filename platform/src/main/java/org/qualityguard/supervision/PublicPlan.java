package org.qualityguard.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * A published plan as the public sees it ("one public"): the division and period, the enterprises drawn with the
 * month each is inspected in, and the special-equipment units falling due. The type has no place for grades,
 * inspectors, the seed or the staff who drew and approved it, so no page built from it can show them.
 */
public record PublicPlan(long id, String divisionCode, int year, Integer month, List<Entry> inspections,
                         List<Unit> units) {

    /** An enterprise drawn, in which regime and month. */
    public record Entry(String creditCode, String enterpriseName, String regime, int month) {
    }

    /** A unit falling due in the period. */
    public record Unit(String registrationCode, String kind, LocalDate dueOn) {
    }
}
