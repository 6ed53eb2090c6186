package org.qualityguard.identity;

import org.qualityguard.shared.DivisionCode;

/** A bureau, office or partner agency, placed in the division it covers. */
public record Organisation(long id, String name, DivisionCode division) {
}
