package org.qualityguard.power.supervision;

import java.time.LocalDate;

import org.qualityguard.shared.clock.ClockReading;
import org.qualityguard.shared.clock.StatutoryClock;

/**
 * When a running act earns a card: red once it is past its deadline, yellow once {@code yellowShare} of its allowed
 * days are used (80 % unless configured otherwise), else none. A completed act is read as of the day it was completed,
 * so one done late keeps its red card and one done on time earns no new one.
 */
public record CardRule(double yellowShare) {

    public CardRule {
        if (!(yellowShare > 0 && yellowShare < 1)) {
            throw new IllegalArgumentException("the yellow card's share of the limit lies between 0 and 1: "
                    + yellowShare);
        }
    }

    /** The clock as of {@code today}, or as of its completion when it is completed. */
    public ClockReading read(StatutoryClock clock, LocalDate today, LocalDate completedOn) {
        return clock.readingAsOf(completedOn != null && completedOn.isBefore(today) ? completedOn : today);
    }

    public ClockReading.Card card(ClockReading reading) {
        return reading.card(yellowShare);
    }
}
