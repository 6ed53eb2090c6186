package org.qualityguard.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionScope;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in member of staff, as every module sees them: who they are, which organisation they act for and
 * the division that organisation covers, which bounds everything they may see or change.
 */
public final class StaffUser implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;
    private final long organisationId;
    private final String organisationName;
    private final DivisionCode division;
    private final Set<Role> roles;

    public StaffUser(long id, String username, String displayName, String passwordHash, boolean enabled,
                     long organisationId, String organisationName, DivisionCode division, Set<Role> roles) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.division = division;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public long organisationId() {
        return organisationId;
    }

    public String organisationName() {
        return organisationName;
    }

    public DivisionCode division() {
        return division;
    }

    public DivisionScope scope() {
        return division.scope();
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... candidates) {
        for (Role r : candidates) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Called once the password has been checked, so that the hash is not kept in the session. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** A caller that is not a person: the platform itself, e.g. when loading demo data at first start. */
    public static StaffUser system(DivisionCode province) {
        return new StaffUser(0, "system", "system", "", true, 0, "system", province, EnumSet.of(Role.ADMIN));
    }

    @Override
    public String toString() {
        return username + "@" + division + List.copyOf(roles);
    }
}
