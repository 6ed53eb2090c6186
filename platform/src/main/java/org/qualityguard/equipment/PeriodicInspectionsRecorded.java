package org.qualityguard.equipment;

import java.util.List;

/**
 * Periodic inspections were recorded in the register, all at once (an import of an inspection institute's results):
 * one event for the whole import, so that a listener handles ten thousand units in one pass, not ten thousand.
 */
public record PeriodicInspectionsRecorded(List<PeriodicInspectionRecorded> inspections) {
}
