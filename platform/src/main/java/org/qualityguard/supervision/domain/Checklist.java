package org.qualityguard.supervision.domain;

import java.util.List;

/**
 * The items an inspection checks, by regime, as codes; what each checks is the message {@code checklist.<code>} of
 * both bundles, so that the form and the public results read in the reader's language. A finding names the item it
 * concerns.
 */
public final class Checklist {

    private static final List<String> FOOD = List.of("F01", "F02", "F03", "F04", "F05", "F06", "F07", "F08", "F09");
    private static final List<String> EQUIPMENT = List.of("S01", "S02", "S03", "S04", "S05", "S06", "S07");

    private Checklist() {
    }

    /** The regime's item codes, in the order the form lists them. */
    public static List<String> of(Regime regime) {
        return regime == Regime.FOOD ? FOOD : EQUIPMENT;
    }

    /** The message key of what an item checks. */
    public static String messageKey(String item) {
        return "checklist." + item;
    }
}
