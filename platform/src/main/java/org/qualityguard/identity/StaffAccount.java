package org.qualityguard.identity;

import java.util.Set;

/** A staff account as the administrator sees it: no password hash leaves the module. */
public record StaffAccount(long id, String username, String displayName, boolean enabled, Organisation organisation,
                           Set<Role> roles) {
}
