package org.qualityguard.identity;

import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionLevel;

/**
 * A division as shipped in the code table: its code, name, place in the hierarchy, and whether the code is a
 * GB/T 2260 administrative division or a statistical function zone.
 */
public record Division(DivisionCode code, String name, DivisionLevel level, DivisionCode parent, DivisionKind kind) {

    public boolean functionZone() {
        return kind == DivisionKind.STATISTICAL_FUNCTION_ZONE;
    }
}
