package org.qualityguard.power;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.power.persistence.ItemStore;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue as staff read it: every version of the items kept by the reader's division, the divisions above it
 * (a county acts on the province's catalogue) and those within it, drafts and history included.
 */
@Service
public class PowerCatalogue {

    static final String SUBJECT = "power-item";

    private final ItemStore items;
    private final AccessPolicy access;
    private final AuditTrail audit;

    PowerCatalogue(ItemStore items, AccessPolicy access, AuditTrail audit) {
        this.items = items;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<PowerItemView> list(StaffUser reader, PowerType type, String name) {
        List<PowerItemView> out = new ArrayList<>();
        forEach(reader, type, name, out::add);
        return out;
    }

    /** The list for an export: read within the caller's transaction (ListExports holds a read-only one). */
    public void forEach(StaffUser reader, PowerType type, String name, Consumer<PowerItemView> sink) {
        access.require(reader, Permission.READ_POWER_CATALOGUE);
        items.forEach(new ItemStore.Filter(type, name, false, reader.division()), sink);
    }

    @Transactional(readOnly = true)
    public PowerItemView get(StaffUser reader, long id) {
        access.require(reader, Permission.READ_POWER_CATALOGUE);
        return visible(reader, id);
    }

    /** Every version of the item's code, first to last. */
    @Transactional(readOnly = true)
    public List<PowerItemView> versions(StaffUser reader, long id) {
        return items.versions(get(reader, id).code());
    }

    /** The version, if the reader may see its catalogue; otherwise not found, and the attempt on the audit trail. */
    PowerItemView visible(StaffUser reader, long id) {
        PowerItemView item = items.find(id).orElseThrow(() -> new NotFoundException("item", Long.toString(id)));
        DivisionCode owner = new DivisionCode(item.ownerDivision());
        if (!reader.scope().includes(owner) && !owner.scope().includes(reader.division())) {
            audit.recordRefusal(AuditRecord.of(reader, AccessPolicy.REFUSED, SUBJECT, Long.toString(id), owner, null,
                    java.util.Map.of("actorDivision", reader.division().value())));
            throw new NotFoundException("item", Long.toString(id));
        }
        return item;
    }
}
