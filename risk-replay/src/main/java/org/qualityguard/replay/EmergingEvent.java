package org.qualityguard.replay;

import java.time.LocalDate;
import org.qualityguard.risk.Cell;

/**
 * An injected emerging risk: the lots matching every non-null field turn bad from onset to end (inclusive).
 *
 * @param hsPrefix an HS prefix (any length) or null for any
 */
record EmergingEvent(String hsPrefix, String origin, String consignee, LocalDate onset, LocalDate end) {

    boolean covers(String hsCode, String lotOrigin, String lotConsignee) {
        return (hsPrefix == null || hsCode.startsWith(hsPrefix))
                && (origin == null || origin.equals(lotOrigin))
                && (consignee == null || consignee.equals(lotConsignee));
    }

    /**
     * Whether a warning on this cell is about this event: the cell must name every field the event names, and its
     * HS prefix must be within the event's or contain it.
     */
    boolean matches(Cell cell) {
        if (hsPrefix != null) {
            String h = cell.hsPrefix();
            if (h == null || !(h.startsWith(hsPrefix) || hsPrefix.startsWith(h))) {
                return false;
            }
        }
        if (origin != null && !origin.equals(cell.origin())) {
            return false;
        }
        return consignee == null || consignee.equals(cell.consignee());
    }
}
