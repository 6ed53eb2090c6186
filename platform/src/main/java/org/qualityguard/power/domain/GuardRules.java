package org.qualityguard.power.domain;

import java.util.Optional;
import java.util.Set;

import org.qualityguard.identity.OrganisationKind;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionLevel;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.Violation;

/**
 * Whether an organisation may exercise an item, as the catalogue stands: the item exists (E4100) and has a published
 * version in force (not only drafts: E4101; abolished: E4102; suspended: E4104); the organisation's level (E4103) and
 * kind (E4105) are among the item's; the act lies within the organisation's division (E4106) and within the division
 * whose catalogue holds the item (E4107). Checked in this order, the first broken rule is the answer.
 */
public final class GuardRules {

    /**
     * What the catalogue holds for one code: the statuses of all its versions, and of the version in force (if one is
     * published) its number, levels, kinds and the division whose catalogue it belongs to.
     */
    public record Standing(String code, Set<ItemStatus> statuses, Integer version, Set<DivisionLevel> levels,
                           Set<OrganisationKind> kinds, DivisionCode owner) {
    }

    /** The organisation acting and where the act takes place. */
    public record Acting(DivisionLevel level, OrganisationKind kind, DivisionCode organisationDivision,
                         DivisionCode actDivision) {
    }

    private GuardRules() {
    }

    public static Optional<FieldViolation> refusal(String code, Standing standing, Acting acting) {
        if (standing == null || standing.statuses().isEmpty()) {
            return refuse("powerItem", "E4100", "power.guard.unknown", code);
        }
        if (standing.version() == null || !standing.statuses().contains(ItemStatus.PUBLISHED)) {
            if (standing.statuses().contains(ItemStatus.SUSPENDED)) {
                return refuse("powerItem", "E4104", "power.guard.suspended", code);
            }
            if (standing.statuses().contains(ItemStatus.ABOLISHED)) {
                return refuse("powerItem", "E4102", "power.guard.abolished", code);
            }
            return refuse("powerItem", "E4101", "power.guard.unpublished", code);
        }
        if (acting.level() == null || !standing.levels().contains(acting.level())) {
            return refuse("organisation.level", "E4103", "power.guard.level", code, String.valueOf(acting.level()));
        }
        if (acting.kind() == null || !standing.kinds().contains(acting.kind())) {
            return refuse("organisation.kind", "E4105", "power.guard.kind", code, String.valueOf(acting.kind()));
        }
        if (!acting.organisationDivision().scope().includes(acting.actDivision())) {
            return refuse("division", "E4106", "power.guard.division", code, acting.actDivision().value(),
                    acting.organisationDivision().value());
        }
        if (!standing.owner().scope().includes(acting.actDivision())) {
            return refuse("division", "E4107", "power.guard.catalogue", code, acting.actDivision().value(),
                    standing.owner().value());
        }
        return Optional.empty();
    }

    private static Optional<FieldViolation> refuse(String field, String code, String key, Object... args) {
        return Optional.of(FieldViolation.of(field, new Violation(code, key, args)));
    }
}
