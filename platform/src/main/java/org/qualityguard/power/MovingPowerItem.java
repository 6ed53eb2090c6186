package org.qualityguard.power;

import java.util.LinkedHashMap;
import java.util.Map;

import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.power.domain.ItemStatus;
import org.qualityguard.power.domain.Lifecycle;
import org.qualityguard.power.persistence.ItemStore;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.qualityguard.shared.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a version along its lifecycle ({@link ItemStatus#WORKFLOW}): legal review or sending back by a reviewer who
 * did not draft it, confirmation by a chief who did not draft it, publication, suspension, resumption, abolition
 * with a reason. Publishing an amendment supersedes the version in force in the same transaction. Each move is on
 * the audit trail with the status before and after, at the catalogue's division.
 */
@Service
public class MovingPowerItem {

    /** A command on one version: review, reject, confirm, publish, suspend, resume or abolish, with a reason. */
    public record Move(long itemId, String command, String reason) {
    }

    private final ItemStore items;
    private final PowerCatalogue catalogue;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final BusinessTime time;

    MovingPowerItem(ItemStore items, PowerCatalogue catalogue, AccessPolicy access, AuditTrail audit,
                    BusinessTime time) {
        this.items = items;
        this.catalogue = catalogue;
        this.access = access;
        this.audit = audit;
        this.time = time;
    }

    /** The permission a command needs: review and sending back a reviewer's, every other move a chief's. */
    public static Permission permissionFor(String command) {
        return switch (command == null ? "" : command) {
            case ItemStatus.REVIEW, ItemStatus.REJECT -> Permission.REVIEW_POWER_ITEM;
            default -> Permission.CONFIRM_POWER_ITEM;
        };
    }

    @Transactional
    public PowerItemView move(StaffUser actor, Move move) {
        access.require(actor, permissionFor(move.command()));
        PowerItemView item = catalogue.visible(actor, move.itemId());
        DivisionCode owner = new DivisionCode(item.ownerDivision());
        access.requireAt(actor, permissionFor(move.command()), owner);
        Workflow.Transition<ItemStatus> edge = Lifecycle.edge(ItemStatus.valueOf(item.status()), move.command(),
                actor.getUsername(), item.draftedBy(), move.reason());
        if (edge.command().equals(ItemStatus.PUBLISH)) {
            for (PowerItemView earlier : items.versions(item.code())) {
                if (earlier.id() != item.id() && ItemStatus.valueOf(earlier.status()).inForce()) {
                    Workflow.Transition<ItemStatus> supersede = ItemStatus.WORKFLOW
                            .transition(ItemStatus.valueOf(earlier.status()), ItemStatus.SUPERSEDE).orElseThrow();
                    step(actor, earlier, supersede, "v" + item.version());
                }
            }
        }
        step(actor, item, edge, move.reason());
        return items.find(item.id()).orElseThrow();
    }

    private void step(StaffUser actor, PowerItemView item, Workflow.Transition<ItemStatus> edge, String reason) {
        if (!items.move(item.id(), edge, actor.getUsername(), reason, time.now())) {
            throw new ValidationException(FieldViolation.of("status", new Violation("E4130",
                    "power.item.status.wrong", edge.command(), item.status())));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", edge.to().name());
        after.put("event", edge.event());
        after.put("code", item.code());
        after.put("version", item.version());
        if (reason != null && !reason.isBlank()) {
            after.put("reason", reason.strip());
        }
        audit.record(AuditRecord.of(actor, "POWER_ITEM_" + edge.command().toUpperCase(java.util.Locale.ROOT),
                PowerCatalogue.SUBJECT, Long.toString(item.id()), new DivisionCode(item.ownerDivision()),
                Map.of("status", edge.from().name()), after));
    }
}
