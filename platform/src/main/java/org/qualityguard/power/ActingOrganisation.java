package org.qualityguard.power;

import org.qualityguard.identity.OrganisationKind;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionLevel;

/** The organisation that exercises a power: its name, kind and the division it covers (whose level is its level). */
public record ActingOrganisation(String name, OrganisationKind kind, DivisionCode division) {

    public DivisionLevel level() {
        return division.level();
    }
}
