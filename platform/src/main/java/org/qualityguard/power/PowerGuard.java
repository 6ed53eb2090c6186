package org.qualityguard.power;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.OrganisationKinds;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.power.domain.GuardRules;
import org.qualityguard.power.persistence.ItemStore;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.FieldViolation;
import org.springframework.stereotype.Service;

/**
 * The one place that decides whether an organisation may act at all ("凡是没有经过审核确认的行政权力一律不得行使"): the
 * act names a power item; the item must have a published version in force, allow the acting organisation's level and
 * kind, and the act must lie within the organisation's division and the catalogue's. Roles still say who may act for
 * the organisation; this says whether the organisation may. A refusal names the item and why (E4100–E4107), is on
 * the audit trail, and nothing of the act is written. Every use case method marked {@link PowerAct} calls it.
 */
@Service
public class PowerGuard {

    static final String REFUSED = "POWER_ACT_REFUSED";

    private final ItemStore items;
    private final OrganisationKinds kinds;
    private final AuditTrail audit;
    private final AccessPolicy access;

    PowerGuard(ItemStore items, OrganisationKinds kinds, AuditTrail audit, AccessPolicy access) {
        this.access = access;
        this.items = items;
        this.kinds = kinds;
        this.audit = audit;
    }

    /** The organisation the member of staff acts for, with its kind as identity keeps it. */
    public ActingOrganisation organisationOf(StaffUser actor) {
        return new ActingOrganisation(actor.organisationName(), kinds.of(actor.organisationId()).orElse(null),
                actor.division());
    }

    /** Passes the act, or refuses it with {@link PowerRefused}; {@code actor} is who asked for it (for the trail). */
    public AuthorisedAct authorise(StaffUser actor, Act act) {
        GuardRules.Standing standing = items.standing(act.itemCode());
        ActingOrganisation org = act.organisation();
        Optional<FieldViolation> refusal = GuardRules.refusal(act.itemCode(), standing,
                new GuardRules.Acting(org.level(), org.kind(), org.division(), act.division()));
        if (refusal.isPresent()) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("code", refusal.get().violation().code());
            after.put("organisation", org.name());
            after.put("kind", String.valueOf(org.kind()));
            after.put("actDivision", act.division().value());
            audit.recordRefusal(AuditRecord.of(actor, REFUSED, PowerCatalogue.SUBJECT, act.itemCode(),
                    act.division(), null, after));
            throw new PowerRefused(refusal.get());
        }
        return new AuthorisedAct(act.itemCode(), standing.version());
    }

    /** {@link #authorise} of an act of the organisation the member of staff acts for, in the given division. */
    public AuthorisedAct authorise(StaffUser actor, String itemCode, DivisionCode division) {
        return authorise(actor, new Act(itemCode, organisationOf(actor), division));
    }

    /**
     * Asks, before acting, whether the caller's organisation may exercise the item in the division (an integration,
     * e.g. a licensing system, asks before it opens a case): the guard's answer, refusal and trail included.
     */
    public AuthorisedAct check(StaffUser actor, String itemCode, DivisionCode division) {
        access.require(actor, Permission.READ_POWER_CATALOGUE);
        return authorise(actor, itemCode == null ? "" : itemCode.strip(), division);
    }
}
