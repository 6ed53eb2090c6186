package org.qualityguard.power;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.power.domain.ItemRules;
import org.qualityguard.power.domain.ItemStatus;
import org.qualityguard.power.importing.CatalogueSheet;
import org.qualityguard.power.persistence.ItemStore;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting an item for the catalogue of the drafter's division: a new code as version 1, or an amendment of an item
 * in force as its next version, while the version in force stays in force until the amendment is published. A code
 * has at most one version on its way at a time (E4136); a new code must be unused (E4134), an amendment needs a
 * version in force (E4135).
 */
@Service
public class DraftingPowerItem {

    private final ItemStore items;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final BusinessTime time;

    DraftingPowerItem(ItemStore items, AccessPolicy access, AuditTrail audit, BusinessTime time) {
        this.items = items;
        this.access = access;
        this.audit = audit;
        this.time = time;
    }

    /** Drafts a new item (version 1) in the drafter's division's catalogue. */
    @Transactional
    public PowerItemView draft(StaffUser drafter, ItemContent content) {
        return draft(drafter, content, false, false);
    }

    /** Drafts the next version of the code in force; its content replaces the current one's once published. */
    @Transactional
    public PowerItemView amend(StaffUser drafter, ItemContent content) {
        return draft(drafter, content, true, false);
    }

    /** Drafts, as the demo catalogue does, marked as demo. */
    @Transactional
    public PowerItemView draftDemo(StaffUser drafter, ItemContent content) {
        return draft(drafter, content, false, true);
    }

    private PowerItemView draft(StaffUser drafter, ItemContent content, boolean amendment, boolean demo) {
        access.require(drafter, Permission.DRAFT_POWER_ITEM);
        List<FieldViolation> faults = new ArrayList<>(ItemRules.check(content));
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        List<PowerItemView> versions = items.versions(content.code());
        int next = nextVersion(drafter, content.code(), versions, amendment);
        // an amendment of a demo item is demo too
        boolean marked = demo || amendment && versions.stream().anyMatch(PowerItemView::demo);
        return insert(drafter, content, next, marked, amendment ? "POWER_ITEM_AMENDED" : "POWER_ITEM_DRAFTED");
    }

    /**
     * The version number a draft of the code gets, or the refusal: a new code must be unused, an amendment needs a
     * version in force in a catalogue the drafter keeps, and no other version may be on its way.
     */
    int nextVersion(StaffUser drafter, String code, List<PowerItemView> versions, boolean amendment) {
        if (!amendment) {
            if (!versions.isEmpty()) {
                throw refused("code", "E4134", "power.item.code.taken", code);
            }
            return 1;
        }
        PowerItemView inForce = versions.stream().filter(v -> ItemStatus.valueOf(v.status()).inForce()).findFirst()
                .orElseThrow(() -> refused("code", "E4135", "power.item.amend.nothingInForce", code));
        access.requireAt(drafter, Permission.DRAFT_POWER_ITEM, new DivisionCode(inForce.ownerDivision()));
        versions.stream().filter(v -> ItemStatus.valueOf(v.status()).open()).findFirst().ifPresent(v -> {
            throw refused("code", "E4136", "power.item.amend.open", code, v.version());
        });
        return versions.get(versions.size() - 1).version() + 1;
    }

    PowerItemView insert(StaffUser drafter, ItemContent content, int version, boolean demo, String action) {
        long id = items.insert(content, version, drafter.division(), demo, drafter.getUsername(), time.now());
        Map<String, Object> after = new LinkedHashMap<>(CatalogueSheet.format(content, version, "DRAFTED"));
        audit.record(AuditRecord.of(drafter, action, PowerCatalogue.SUBJECT, Long.toString(id), drafter.division(),
                null, after));
        return items.find(id).orElseThrow();
    }

    private static ValidationException refused(String field, String code, String key, Object... args) {
        return new ValidationException(FieldViolation.of(field, new Violation(code, key, args)));
    }
}
