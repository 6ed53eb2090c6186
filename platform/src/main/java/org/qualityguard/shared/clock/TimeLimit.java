package org.qualityguard.shared.clock;

/**
 * A statutory time limit: so many working days or calendar days, and the most by which it may be extended (in the
 * same unit; 0 when the law allows no extension). Example: a licence decided within 20 working days, extendable by
 * 10 with the approval of the head of the organ (行政许可法 第四十二条).
 */
public record TimeLimit(int days, DayCount count, int maximumExtension) {

    /** How the limit's days are counted. */
    public enum DayCount {
        /** Working days of the published calendar (工作日). */
        WORKING_DAYS,
        /** Calendar days (日); a deadline that falls on a holiday or rest day moves to the next working day. */
        CALENDAR_DAYS
    }

    public TimeLimit {
        if (days < 1 || maximumExtension < 0 || count == null) {
            throw new IllegalArgumentException("a time limit is at least one day and extends by zero or more: "
                    + days + " " + count + " +" + maximumExtension);
        }
    }

    public static TimeLimit workingDays(int days) {
        return new TimeLimit(days, DayCount.WORKING_DAYS, 0);
    }

    public static TimeLimit calendarDays(int days) {
        return new TimeLimit(days, DayCount.CALENDAR_DAYS, 0);
    }

    /** The same limit, extendable by at most {@code days} more. */
    public TimeLimit extendableBy(int days) {
        return new TimeLimit(this.days, count, days);
    }
}
