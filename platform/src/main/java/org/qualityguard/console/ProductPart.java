package org.qualityguard.console;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.qualityguard.identity.Role;

/**
 * The parts of the product (PRODUCT.md §1–9), in the order the console's navigation lists them. A part that is not
 * built yet says so on its page; {@code entry} is where a built part starts; {@code users} are the roles that have
 * work in it (none: every reader, as the public portal).
 */
public enum ProductPart {
    RISK_WARNING("risk", 1, "/console/inspection/worklist",
            Role.INSPECTOR, Role.ANALYST, Role.CHIEF, Role.ADMIN, Role.LABORATORY),
    GRADED_SUPERVISION("supervision", 2, "/console/supervision", Role.INSPECTOR, Role.ANALYST, Role.CHIEF, Role.ADMIN),
    SAMPLING("sampling", 3, null),
    METROLOGY("metrology", 4, null),
    ENFORCEMENT("enforcement", 5, null),
    POWER_LIST("power", 6, null),
    COOPERATION("cooperation", 7, null),
    QUALITY_REPORT("report", 8, null),
    PUBLIC_PORTAL("portal", 9, "/");

    private final String key;
    private final int section;
    private final String entry;
    private final Set<Role> users;

    ProductPart(String key, int section, String entry, Role... users) {
        this.key = key;
        this.section = section;
        this.entry = entry;
        this.users = Set.of(users);
    }

    public String key() {
        return key;
    }

    public int section() {
        return section;
    }

    public Set<Role> users() {
        return users;
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
