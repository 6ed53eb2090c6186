package org.qualityguard.supervision;

/**
 * An enterprise's grade in a regime changed (or it was graded for the first time: {@code from} is null). Published
 * in the grading transaction; later modules (plans of other agencies, the portal, reports) may listen.
 *
 * @param cause what moved it: FIRST_GRADE, INSPECTION, YEARLY, OVERRIDE, EVENT:&lt;factor&gt;, EQUIPMENT_INSPECTION, …
 */
public record GradeChanged(String creditCode, String regime, String from, String to, int tableVersion,
                           String cause) {
}
