package org.qualityguard.power;

import java.time.LocalDate;
import java.util.List;

import org.qualityguard.identity.OrganisationKind;
import org.qualityguard.shared.clock.Exclusion;
import org.qualityguard.shared.DivisionLevel;
import org.qualityguard.shared.clock.TimeLimit;

/**
 * A published item as the public sees it on the power list: what the power is, on which legal basis, who exercises
 * it and in how long, and whether it is a demo item (shown as 演示). It has no place for drafts, who drafted, reviewed or confirmed it, or internal reasons.
 */
public record PublicPowerItem(String code, int version, PowerType type, String name, List<LegalBasis> legalBases,
                              List<DivisionLevel> levels, List<OrganisationKind> kinds, TimeLimit statutoryLimit,
                              TimeLimit promisedLimit, List<Exclusion> excluded,
                              List<DiscretionRange> discretion, String responsibleUnit, String accountability,
                              LocalDate publishedOn, boolean demo) {
}
