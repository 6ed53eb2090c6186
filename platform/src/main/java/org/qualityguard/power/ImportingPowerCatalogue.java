package org.qualityguard.power;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.qualityguard.shared.Violation;
import org.qualityguard.shared.sheet.SheetRow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing a province's catalogue sheet, one transaction for the file, all or nothing: every row is read and
 * checked (each error naming its row and column), and a row is matched on its code and version. A new code comes
 * in as version 1, a new version of a code as its next amendment; both as drafts, to be reviewed, confirmed and
 * published like any other. The same code and version saying the same changes nothing, so importing a file twice
 * changes nothing; a draft not yet reviewed is rewritten; a version past drafting that the row contradicts is
 * refused (E4148), since what was reviewed or published is not changed behind the reviewer's back.
 */
@Service
public class ImportingPowerCatalogue {

    private final ItemStore items;
    private final DraftingPowerItem drafting;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final BusinessTime time;
    private final int maxRows;

    ImportingPowerCatalogue(ItemStore items, DraftingPowerItem drafting, AccessPolicy access, AuditTrail audit,
                            BusinessTime time, @Value("${qualityguard.import.max-rows}") int maxRows) {
        this.items = items;
        this.drafting = drafting;
        this.access = access;
        this.audit = audit;
        this.time = time;
        this.maxRows = maxRows;
    }

    @Transactional
    public CatalogueImport importFile(StaffUser drafter, String filename, byte[] content) {
        access.require(drafter, Permission.DRAFT_POWER_ITEM);
        List<SheetRow> rows = CatalogueSheet.read(filename, content, maxRows);
        List<FieldViolation> errors = new ArrayList<>();
        List<CatalogueSheet.Parsed> parsed = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : rows) {
            CatalogueSheet.Parsed p = CatalogueSheet.parse(row);
            errors.addAll(p.faults());
            if (p.faults().isEmpty()) {
                ItemRules.check(p.content()).forEach(f -> errors.add(f.atRow(row.number())));
            }
            Integer earlier = seen.putIfAbsent(p.content().code() + "/" + p.version(), row.number());
            if (earlier != null) {
                errors.add(new FieldViolation(row.number(), "code", new Violation("E4149",
                        "power.import.duplicate", p.content().code(), p.version(), earlier)));
            }
            parsed.add(p);
        }
        Map<String, PowerItemView> stored = items.findAll(parsed.stream().map(p -> p.content().code()).distinct()
                .toList());
        Map<String, Integer> last = new HashMap<>();
        stored.values().forEach(v -> last.merge(v.code(), v.version(), Math::max));
        List<Runnable> writes = new ArrayList<>();
        int[] counts = new int[3];
        java.util.Set<String> draftedInFile = new java.util.HashSet<>();
        for (int i = 0; i < parsed.size() && errors.isEmpty(); i++) {
            CatalogueSheet.Parsed p = parsed.get(i);
            int row = rows.get(i).number();
            PowerItemView existing = stored.get(p.content().code() + "/" + p.version());
            if (existing != null) {
                plan(drafter, existing, p, row, errors, writes, counts);
                continue;
            }
            int expected = last.getOrDefault(p.content().code(), 0) + 1;
            if (p.version() != expected) {
                errors.add(new FieldViolation(row, "version", new Violation("E4150", "power.import.version.next",
                        p.content().code(), p.version(), expected)));
                continue;
            }
            last.put(p.content().code(), p.version());
            boolean amendment = p.version() > 1;
            if (!draftedInFile.add(p.content().code())) {
                errors.add(new FieldViolation(row, "version", new Violation("E4136", "power.item.amend.open",
                        p.content().code(), p.version() - 1)));
                continue;
            }
            try {
                if (amendment) {
                    List<PowerItemView> versions = items.versions(p.content().code());
                    drafting.nextVersion(drafter, p.content().code(), versions, true);
                }
            } catch (org.qualityguard.shared.ValidationException e) {
                e.violations().forEach(v -> errors.add(v.atRow(row)));
                continue;
            }
            counts[0]++;
            writes.add(() -> drafting.insert(drafter, p.content(), p.version(), false,
                    amendment ? "POWER_ITEM_AMENDED" : "POWER_ITEM_DRAFTED"));
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(FieldViolation::row));
            return new CatalogueImport(filename, rows.size(), 0, 0, 0, errors);
        }
        writes.forEach(Runnable::run);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", filename == null ? "" : filename);
        after.put("rows", rows.size());
        after.put("drafted", counts[0]);
        after.put("redrafted", counts[1]);
        after.put("unchanged", counts[2]);
        audit.record(AuditRecord.of(drafter, "POWER_CATALOGUE_IMPORTED", "power-catalogue",
                drafter.division().value(), drafter.division(), null, after));
        return new CatalogueImport(filename, rows.size(), counts[0], counts[1], counts[2], List.of());
    }

    /** A row naming a stored version: unchanged, a draft rewritten, or refused. */
    private void plan(StaffUser drafter, PowerItemView existing, CatalogueSheet.Parsed p, int row,
                      List<FieldViolation> errors, List<Runnable> writes, int[] counts) {
        if (!new DivisionCode(existing.ownerDivision()).equals(drafter.division())) {
            errors.add(new FieldViolation(row, "code", new Violation("E4151", "power.import.foreignCatalogue",
                    existing.code(), existing.ownerDivision())));
        } else if (same(existing.content(), p.content())) {
            counts[2]++;
        } else if (ItemStatus.valueOf(existing.status()) == ItemStatus.DRAFTED) {
            counts[1]++;
            writes.add(() -> {
                items.redraft(existing.id(), p.content(), drafter.getUsername(), time.now());
                audit.record(AuditRecord.of(drafter, "POWER_ITEM_REDRAFTED", PowerCatalogue.SUBJECT,
                        Long.toString(existing.id()), drafter.division(),
                        CatalogueSheet.format(existing.content(), existing.version(), existing.status()),
                        CatalogueSheet.format(p.content(), p.version(), existing.status())));
            });
        } else {
            errors.add(new FieldViolation(row, "version", new Violation("E4148", "power.import.version.moved",
                    existing.code(), existing.version(), existing.status())));
        }
    }

    /** Whether two contents say the same, as the sheet writes them (sets in order, text stripped). */
    private static boolean same(ItemContent a, ItemContent b) {
        return CatalogueSheet.format(a, 0, "").equals(CatalogueSheet.format(b, 0, ""));
    }
}
