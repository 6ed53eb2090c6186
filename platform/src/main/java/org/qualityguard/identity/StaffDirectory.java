package org.qualityguard.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations and staff accounts as stored; reads are bounded by the caller's division scope. */
@Repository
class StaffDirectory {

    private static final String STAFF_SELECT = """
            SELECT s.id, s.username, s.display_name, s.password_hash, s.enabled, s.security_stamp,
                   o.id AS organisation_id,
                   o.name AS organisation_name, o.division_code,
                   ARRAY(SELECT role FROM identity.staff_role r WHERE r.staff_id = s.id ORDER BY role) AS roles
            FROM identity.staff s JOIN identity.organisation o ON o.id = s.organisation_id
            """;

    private final JdbcClient jdbc;

    StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StaffUser> userByUsername(String username) {
        return jdbc.sql(STAFF_SELECT + " WHERE s.username = ?").param(username).query(StaffDirectory::user)
                .optional();
    }

    Optional<StaffUser> userById(long id) {
        return signedIn(id).map(SignedIn::user);
    }

    /** An account as it is now, with the security stamp a session compares with the one it was signed in under. */
    record SignedIn(StaffUser user, long securityStamp) {
    }

    Optional<SignedIn> signedIn(long id) {
        return jdbc.sql(STAFF_SELECT + " WHERE s.id = ?").param(id)
                .query((rs, n) -> new SignedIn(user(rs, n), rs.getLong("security_stamp"))).optional();
    }

    /** Ends every session of the account: sessions and cached credentials signed in under the old stamp lapse. */
    void moveSecurityStamp(long id) {
        jdbc.sql("UPDATE identity.staff SET security_stamp = security_stamp + 1 WHERE id = ?").param(id).update();
    }

    List<StaffAccount> accountsWithin(DivisionScope scope) {
        return jdbc.sql(STAFF_SELECT + " WHERE o.division_code BETWEEN ? AND ? ORDER BY o.division_code, s.username")
                .params(scope.lowest(), scope.highest())
                .query((rs, n) -> account(user(rs, n))).list();
    }

    List<Organisation> organisationsWithin(DivisionScope scope) {
        return jdbc.sql("SELECT id, name, division_code FROM identity.organisation "
                        + "WHERE division_code BETWEEN ? AND ? ORDER BY division_code, name")
                .params(scope.lowest(), scope.highest()).query(StaffDirectory::organisation).list();
    }

    Optional<Organisation> organisation(long id) {
        return jdbc.sql("SELECT id, name, division_code FROM identity.organisation WHERE id = ?").param(id)
                .query(StaffDirectory::organisation).optional();
    }

    Optional<Organisation> organisationNamed(String name) {
        return jdbc.sql("SELECT id, name, division_code FROM identity.organisation WHERE name = ?").param(name)
                .query(StaffDirectory::organisation).optional();
    }

    long insertOrganisation(String name, DivisionCode division, OrganisationKind kind) {
        return jdbc.sql("INSERT INTO identity.organisation (name, division_code, kind) VALUES (?, ?, ?) RETURNING id")
                .params(name, division.value(), kind.name()).query(Long.class).single();
    }

    long insertStaff(String username, String displayName, String passwordHash, long organisationId) {
        return jdbc.sql("""
                        INSERT INTO identity.staff (username, display_name, password_hash, organisation_id)
                        VALUES (?, ?, ?, ?) RETURNING id""")
                .params(username, displayName, passwordHash, organisationId).query(Long.class).single();
    }

    void updateStaff(long id, String displayName, long organisationId, boolean enabled) {
        jdbc.sql("UPDATE identity.staff SET display_name = ?, organisation_id = ?, enabled = ? WHERE id = ?")
                .params(displayName, organisationId, enabled, id).update();
    }

    void replaceRoles(long staffId, Set<Role> roles) {
        jdbc.sql("DELETE FROM identity.staff_role WHERE staff_id = ?").param(staffId).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO identity.staff_role (staff_id, role) VALUES (?, ?)").params(staffId, role.name())
                    .update();
        }
    }

    void updatePassword(long staffId, String passwordHash) {
        jdbc.sql("UPDATE identity.staff SET password_hash = ? WHERE id = ?").params(passwordHash, staffId).update();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM identity.staff WHERE username = ?").param(username)
                .query(Long.class).single() > 0;
    }

    boolean anyStaff() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity.staff)").query(Boolean.class).single();
    }

    void insertToken(long staffId, String name, String tokenHash, Instant issuedAt, Instant expiresAt) {
        jdbc.sql("""
                        INSERT INTO identity.api_token (staff_id, name, token_hash, created_at, expires_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(staffId, name, tokenHash, Timestamp.from(issuedAt), Timestamp.from(expiresAt)).update();
    }

    /** A token that may be used at {@code now}: neither revoked nor expired. */
    record ActiveToken(long id, long staffId, Instant lastUsed) {
    }

    Optional<ActiveToken> activeToken(String tokenHash, Instant now) {
        return jdbc.sql("""
                        SELECT id, staff_id, last_used_at FROM identity.api_token
                        WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?""")
                .params(tokenHash, Timestamp.from(now))
                .query((rs, n) -> new ActiveToken(rs.getLong("id"), rs.getLong("staff_id"),
                        instant(rs.getTimestamp("last_used_at"))))
                .optional();
    }

    void tokenUsed(long tokenId, Instant at) {
        jdbc.sql("UPDATE identity.api_token SET last_used_at = ? WHERE id = ?").params(Timestamp.from(at), tokenId)
                .update();
    }

    List<ApiToken> tokensOf(long staffId) {
        return jdbc.sql("""
                        SELECT id, name, created_at, expires_at, last_used_at, revoked_at FROM identity.api_token
                        WHERE staff_id = ? ORDER BY created_at DESC, id DESC""")
                .param(staffId)
                .query((rs, n) -> new ApiToken(rs.getLong("id"), rs.getString("name"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
                        instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    boolean revokeToken(long staffId, long tokenId, Instant at) {
        return jdbc.sql("""
                        UPDATE identity.api_token SET revoked_at = ?
                        WHERE id = ? AND staff_id = ? AND revoked_at IS NULL""")
                .params(Timestamp.from(at), tokenId, staffId).update() > 0;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Organisation organisation(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getLong("id"), rs.getString("name"), new DivisionCode(rs.getString("division_code")));
    }

    private static StaffUser user(ResultSet rs, int row) throws SQLException {
        Array array = rs.getArray("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        return new StaffUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getLong("organisation_id"),
                rs.getString("organisation_name"), new DivisionCode(rs.getString("division_code")), roles);
    }

    private static StaffAccount account(StaffUser u) {
        return new StaffAccount(u.id(), u.getUsername(), u.displayName(), u.isEnabled(),
                new Organisation(u.organisationId(), u.organisationName(), u.division()), u.roles());
    }
}
