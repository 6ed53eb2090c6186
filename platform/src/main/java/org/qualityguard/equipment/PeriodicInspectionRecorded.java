package org.qualityguard.equipment;

import java.time.LocalDate;

/**
 * A unit's periodic inspection was recorded in the register (a new one, or a changed date or result), e.g. by an
 * import of the inspection institute's results; published within {@link PeriodicInspectionsRecorded}. {@code result}
 * is PASS or FAIL; a failed unit is due again at once.
 */
public record PeriodicInspectionRecorded(String registrationCode, String kind, String userCreditCode,
                                         LocalDate inspectedOn, String result) {
}
