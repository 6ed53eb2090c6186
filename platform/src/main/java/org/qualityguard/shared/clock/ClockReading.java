package org.qualityguard.shared.clock;

import java.time.LocalDate;

/**
 * A clock as of a business date, in the limit's unit (working or calendar days).
 *
 * @param asOf      the business date read
 * @param deadline  the last day on time; while the clock stands still, the deadline if it ran again tomorrow
 * @param allowed   the days the period allows: the limit plus extensions (plus, for calendar days, a deadline's move
 *                  off a holiday)
 * @param used      the days counted so far (the first day, stopped days and days of an interrupted period not)
 * @param state     running, or why it stands still
 */
public record ClockReading(LocalDate asOf, LocalDate deadline, int allowed, int used, State state) {

    /** Whether the clock runs, and if not, what stopped it. */
    public enum State { RUNNING, SUSPENDED, INTERRUPTED, EXCLUDED }

    /** Electronic supervision's cards: yellow when most of the limit is used, red when overdue. */
    public enum Card { NONE, YELLOW, RED }

    /** The days left; negative when overdue. */
    public int remaining() {
        return allowed - used;
    }

    /** The share of the allowed days used, 0 to 1 and beyond when overdue. */
    public double shareUsed() {
        return (double) used / allowed;
    }

    /** Past the deadline: the act was not done by its last day. */
    public boolean overdue() {
        return asOf.isAfter(deadline);
    }

    /** Red when overdue, yellow once {@code yellowShare} (e.g. 0.8) of the allowed days are used, else none. */
    public Card card(double yellowShare) {
        if (overdue()) {
            return Card.RED;
        }
        return used >= yellowShare * allowed ? Card.YELLOW : Card.NONE;
    }
}
