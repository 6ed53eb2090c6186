package org.qualityguard.identity;

import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionLevel;

/** A GB/T 2260 division as shipped in the code table: its code, name and place in the hierarchy. */
public record Division(DivisionCode code, String name, DivisionLevel level, DivisionCode parent) {
}
