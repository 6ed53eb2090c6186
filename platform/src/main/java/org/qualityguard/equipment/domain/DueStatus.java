package org.qualityguard.equipment.domain;

/** Where a unit stands against its due date on a given day. */
public enum DueStatus {
    OVERDUE, DUE_SOON, IN_ORDER;

    /** Due soon means due within {@code soonDays} from today, today included. */
    public static DueStatus of(int dueEpochDay, int todayEpochDay, int soonDays) {
        if (dueEpochDay < todayEpochDay) {
            return OVERDUE;
        }
        return dueEpochDay <= todayEpochDay + soonDays ? DUE_SOON : IN_ORDER;
    }
}
