package org.qualityguard.risk;

import java.time.LocalDate;

/** A cell's warning moved from one level to another on a result; a platform publishes it as a domain event. */
public record WarningChanged(Cell cell, WarningLevel from, WarningLevel to, LocalDate on, String byLotId) {

    public boolean escalated() {
        return to.compareTo(from) > 0;
    }
}
