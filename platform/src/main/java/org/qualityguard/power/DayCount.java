package org.qualityguard.power;

/** How a time limit counts: working days (public holidays and weekends not counted, adjusted Saturdays counted) or calendar days. */
public enum DayCount {
    WORKING_DAYS, CALENDAR_DAYS
}
