package org.qualityguard.power;

import java.time.LocalDate;

/**
 * An act exercising a power item, as electronic supervision sees it: the item, the organisation acting, the division,
 * the day its clock started and which of the item's limits it runs on, and its clock as last read (deadline, days
 * allowed and used, the clock's state and the card it stands at). Completed when the act was done (decided, closed).
 */
public record RunningAct(String actId, String itemCode, int itemVersion, String itemName, long organisationId,
                         String organisationName, String division, LocalDate startedOn, String limitSource,
                         LocalDate readOn, LocalDate deadline, int allowed, int used, String clockState, String card,
                         LocalDate completedOn, boolean demo) {

    public boolean completed() {
        return completedOn != null;
    }

    public int remaining() {
        return allowed - used;
    }
}
