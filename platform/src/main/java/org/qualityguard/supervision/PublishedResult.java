package org.qualityguard.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * An approved inspection result as the portal publishes it: whom, where, when, the conclusion and the checklist items
 * with findings and their severity. The inspectors, the free-text findings and the photos stay in the console.
 */
public record PublishedResult(long id, String creditCode, String divisionCode, LocalDate inspectedOn, String result,
                              List<Item> items) {

    public record Item(String item, String severity) {
    }
}
