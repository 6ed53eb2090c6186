package org.qualityguard.power;

import java.util.List;
import java.util.Set;

import org.qualityguard.identity.OrganisationKind;
import org.qualityguard.shared.clock.Exclusion;
import org.qualityguard.shared.DivisionLevel;
import org.qualityguard.shared.clock.TimeLimit;

/**
 * What a power item says, as drafted: its code and type, name, legal bases, the levels and kinds of organisation that
 * exercise it, the statutory and the promised time limit (none where the law sets none), the periods the limit does
 * not count, the discretion standard of a penalty, the unit responsible and the basis on which it is held to account.
 */
public record ItemContent(String code, PowerType type, String name, List<LegalBasis> legalBases,
                          Set<DivisionLevel> levels, Set<OrganisationKind> kinds, TimeLimit statutoryLimit,
                          TimeLimit promisedLimit, Set<Exclusion> excluded, List<DiscretionRange> discretion,
                          String responsibleUnit, String accountability) {

    public ItemContent {
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
        levels = levels == null ? Set.of() : Set.copyOf(levels);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        excluded = excluded == null ? Set.of() : Set.copyOf(excluded);
        discretion = discretion == null ? List.of() : List.copyOf(discretion);
    }
}
