package org.qualityguard.inspection;

import java.time.LocalDate;

/**
 * An analyst confirmed an orange or red early warning: from now on every lot of the cell is inspected. Published
 * durably, for modules that act on it (notifications to partner agencies, sampling plans).
 *
 * @param cellKind     e.g. {@code HEADING_ORIGIN} or {@code CONSIGNEE}; fields the kind does not use are null
 * @param level        {@code ORANGE} or {@code RED}
 */
public record WarningConfirmed(String cellKind, String hsPrefix, String origin, String consignee,
                               String manufacturer, String level, String confirmedBy, String comment,
                               LocalDate confirmedOn) {
}
