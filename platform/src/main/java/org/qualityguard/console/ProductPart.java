package org.qualityguard.console;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.qualityguard.identity.Permission;

/**
 * The parts of the product (PRODUCT.md §1–9), in the order the console's navigation lists them. A part that is not
 * built yet says so on its page; {@code entry} is where a built part starts; {@code uses} are the permissions its
 * pages serve: a reader holding none of them has no work in it (none listed: every reader, as the public portal).
 */
public enum ProductPart {
    RISK_WARNING("risk", 1, "/console/inspection/worklist", Permission.READ_LOTS, Permission.READ_RISK),
    GRADED_SUPERVISION("supervision", 2, "/console/supervision", Permission.READ_SUPERVISION,
            Permission.READ_REGISTRY),
    SAMPLING("sampling", 3, "/console/sampling/complaints", Permission.READ_COMPLAINTS),
    METROLOGY("metrology", 4, null),
    ENFORCEMENT("enforcement", 5, "/console/enforcement/cases", Permission.READ_CASES),
    POWER_LIST("power", 6, "/console/power", Permission.READ_POWER_CATALOGUE),
    COOPERATION("cooperation", 7, null),
    QUALITY_REPORT("report", 8, null),
    PUBLIC_PORTAL("portal", 9, "/");

    private final String key;
    private final int section;
    private final String entry;
    private final Set<Permission> uses;

    ProductPart(String key, int section, String entry, Permission... uses) {
        this.key = key;
        this.section = section;
        this.entry = entry;
        this.uses = Set.of(uses);
    }

    public String key() {
        return key;
    }

    public int section() {
        return section;
    }

    public Set<Permission> uses() {
        return uses;
    }

    public boolean built() {
        return entry != null;
    }

    /** Where the navigation links to: the part's own page, or the page that says it is not built yet. */
    public String href() {
        return built() ? entry : "/console/parts/" + key;
    }

    public static Optional<ProductPart> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
