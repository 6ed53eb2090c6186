package org.qualityguard.equipment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How a periodic-inspection due date stands on a day: past it, within {@link EquipmentRegister#DUE_SOON_DAYS} of
 * it, or later. {@code days} counts the days past the date (overdue) or left until it.
 */
public record DueStatus(State state, long days) {

    public enum State { OVERDUE, DUE_SOON, LATER }

    static DueStatus of(LocalDate dueOn, LocalDate today) {
        long until = ChronoUnit.DAYS.between(today, dueOn);
        if (until < 0) {
            return new DueStatus(State.OVERDUE, -until);
        }
        return new DueStatus(until <= EquipmentRegister.DUE_SOON_DAYS ? State.DUE_SOON : State.LATER, until);
    }

    /** The class a list row takes, so that overdue and due-soon rows stand out; none for a later date. */
    public String cssClass() {
        return switch (state) {
            case OVERDUE -> "overdue";
            case DUE_SOON -> "due-soon";
            case LATER -> "";
        };
    }
}
