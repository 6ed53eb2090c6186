package org.qualityguard.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * An approved inspection result as the portal publishes it ("one public"): the enterprise inspected, where, when,
 * the conclusion and the checklist items with findings and their severity. The type has no place for the
 * inspectors, the grade, the free-text findings or the photos, so no page built from it can show them.
 */
public record PublicResult(long id, String creditCode, String enterpriseName, String divisionCode,
                           LocalDate inspectedOn, String result, List<Item> items) {

    public record Item(String item, String severity) {
    }
}
