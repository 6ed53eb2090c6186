package org.qualityguard.shared.clock;

import java.time.LocalDate;

/**
 * What happened to a statutory clock, in the order it happened: the clock is the fold of its events over its start
 * and limit, so a stored list of them rebuilds it ({@link StatutoryClock#replay}) and each is an entry on the audit
 * trail. Dates are business dates; a stop covers the days from its {@code on} up to, not including, the resumption.
 */
public sealed interface ClockEvent {

    /** The business date the event takes effect. */
    LocalDate on();

    /** Why (a suspension's, interruption's, exclusion's or extension's reason); none for a resumption. */
    default String reason() {
        return null;
    }

    /** The event's name in the past tense, as stored and audited. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** 中止: the clock stands still from {@code on}; on resumption the deadline moves by the days stood still. */
    record Suspended(LocalDate on, String reason) implements ClockEvent {
    }

    /** 中断: the clock stands still from {@code on}; on resumption the whole period starts again. */
    record Interrupted(LocalDate on, String reason) implements ClockEvent {
    }

    /** A period the law does not count (hearing, testing, …) begins on {@code on}. */
    record ExclusionBegun(LocalDate on, Exclusion kind, String reason) implements ClockEvent {
    }

    /** The suspension, interruption or excluded period ends: the clock runs again from {@code on}, counting it. */
    record Resumed(LocalDate on) implements ClockEvent {
    }

    /** 延长: the limit is extended by {@code days} (in the limit's unit), approved by someone, for a reason. */
    record Extended(LocalDate on, int days, String reason, String approvedBy) implements ClockEvent {
    }
}
