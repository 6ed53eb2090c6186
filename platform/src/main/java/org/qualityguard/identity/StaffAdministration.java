package org.qualityguard.identity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.InvalidCodeException;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does with organisations and staff accounts. An administrator acts only within their own
 * division: they can neither place an organisation outside it nor give an account to someone elsewhere.
 */
@Service
public class StaffAdministration {

    /** How long a token lives unless the administrator chooses otherwise, and the longest they may choose. */
    public static final int DEFAULT_TOKEN_DAYS = 90;
    public static final int LONGEST_TOKEN_DAYS = 365;

    private final StaffDirectory directory;
    private final Divisions divisions;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;
    private final PasswordPolicy passwordPolicy = PasswordPolicy.withShippedList();
    private final SecureRandom random = new SecureRandom();

    StaffAdministration(StaffDirectory directory, Divisions divisions, PasswordEncoder passwords, AuditTrail audit,
                        Clock clock) {
        this.directory = directory;
        this.divisions = divisions;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    public record NewStaff(String username, String displayName, String password, long organisationId,
                           Set<Role> roles) {
    }

    public record StaffChange(String displayName, long organisationId, Set<Role> roles, boolean enabled) {
    }

    public boolean anyStaff() {
        return directory.anyStaff();
    }

    public List<Organisation> organisations(StaffUser actor) {
        return directory.organisationsWithin(actor.scope());
    }

    public List<StaffAccount> accounts(StaffUser actor) {
        return directory.accountsWithin(actor.scope());
    }

    public StaffAccount account(StaffUser actor, long id) {
        return directory.accountsWithin(actor.scope()).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("staff", Long.toString(id)));
    }

    @Transactional
    public Organisation createOrganisation(StaffUser actor, String name, String divisionCode) {
        return createOrganisation(actor, name, divisionCode, OrganisationKind.MARKET_SUPERVISION);
    }

    /** An organisation of the given kind (an inspection and quarantine bureau, a technical institution, …). */
    @Transactional
    public Organisation createOrganisation(StaffUser actor, String name, String divisionCode, OrganisationKind kind) {
        List<FieldViolation> errors = new ArrayList<>();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.length() < 2 || trimmed.length() > 100) {
            errors.add(FieldViolation.of("name", new Violation("E3001", "organisation.name.length")));
        } else if (directory.organisationNamed(trimmed).isPresent()) {
            errors.add(FieldViolation.of("name", new Violation("E3002", "organisation.name.taken", trimmed)));
        }
        Optional<DivisionCode> division = divisionWithinScope(actor, divisionCode, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = directory.insertOrganisation(trimmed, division.orElseThrow(), kind);
        Organisation organisation = new Organisation(id, trimmed, division.orElseThrow());
        audit.record(AuditRecord.of(actor, "ORGANISATION_CREATED", "organisation", Long.toString(id),
                organisation.division(), null, Map.of("name", trimmed, "division", organisation.division().value(),
                        "kind", kind.name())));
        return organisation;
    }

    @Transactional
    public StaffAccount createStaff(StaffUser actor, NewStaff command) {
        List<FieldViolation> errors = new ArrayList<>();
        String username = command.username() == null ? "" : command.username().strip().toLowerCase();
        if (!username.matches("[a-z0-9._-]{3,40}")) {
            errors.add(FieldViolation.of("username", new Violation("E3010", "staff.username.format")));
        } else if (directory.usernameTaken(username)) {
            errors.add(FieldViolation.of("username", new Violation("E3011", "staff.username.taken", username)));
        }
        checkPassword(command.password(), username, errors);
        Optional<Organisation> organisation = organisationWithinScope(actor, command.organisationId(), errors);
        checkDisplayNameAndRoles(command.displayName(), command.roles(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = directory.insertStaff(username, command.displayName().strip(),
                passwords.encode(command.password()), organisation.orElseThrow().id());
        directory.replaceRoles(id, command.roles());
        StaffAccount created = account(actor, id);
        audit.record(AuditRecord.of(actor, "STAFF_CREATED", "staff", username,
                created.organisation().division(), null, state(created)));
        return created;
    }

    @Transactional
    public StaffAccount changeStaff(StaffUser actor, long id, StaffChange change) {
        StaffAccount before = account(actor, id);
        List<FieldViolation> errors = new ArrayList<>();
        Optional<Organisation> organisation = organisationWithinScope(actor, change.organisationId(), errors);
        checkDisplayNameAndRoles(change.displayName(), change.roles(), errors);
        if (actor.id() == id && (!change.enabled() || !change.roles().contains(Role.ADMIN))) {
            errors.add(FieldViolation.of("roles", new Violation("E3020", "staff.self.lockout")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        directory.updateStaff(id, change.displayName().strip(), organisation.orElseThrow().id(), change.enabled());
        directory.replaceRoles(id, change.roles());
        StaffAccount after = account(actor, id);
        if (before.enabled() != after.enabled() || !before.roles().equals(after.roles())
                || before.organisation().id() != after.organisation().id()) {
            // What the account may see or do changed: its open sessions must not go on with the old rights.
            directory.moveSecurityStamp(id);
        }
        audit.record(AuditRecord.of(actor, "STAFF_CHANGED", "staff", before.username(),
                after.organisation().division(), state(before), state(after)));
        return after;
    }

    @Transactional
    public void resetPassword(StaffUser actor, long id, String newPassword) {
        StaffAccount account = account(actor, id);
        List<FieldViolation> errors = new ArrayList<>();
        checkPassword(newPassword, account.username(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        directory.updatePassword(id, passwords.encode(newPassword));
        directory.moveSecurityStamp(id);
        audit.record(AuditRecord.of(actor, "STAFF_PASSWORD_RESET", "staff", account.username(),
                account.organisation().division(), null, null));
    }

    /** Issues an API token valid for {@value #DEFAULT_TOKEN_DAYS} days. */
    @Transactional
    public String issueToken(StaffUser actor, long staffId, String name) {
        return issueToken(actor, staffId, name, DEFAULT_TOKEN_DAYS);
    }

    /**
     * Issues an API token for an account, valid for the given days (at most {@value #LONGEST_TOKEN_DAYS}). The token
     * is returned once and only its hash is kept: it can never be shown again, only revoked and replaced.
     */
    @Transactional
    public String issueToken(StaffUser actor, long staffId, String name, int validDays) {
        StaffAccount account = account(actor, staffId);
        String label = name == null || name.isBlank() ? "api" : name.strip();
        if (label.length() > 60) {
            throw new ValidationException(List.of(FieldViolation.of("name",
                    new Violation("E3031", "token.name.length"))));
        }
        if (validDays < 1 || validDays > LONGEST_TOKEN_DAYS) {
            throw new ValidationException(List.of(FieldViolation.of("validDays",
                    new Violation("E3030", "token.validity.range", LONGEST_TOKEN_DAYS))));
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = "qg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(validDays));
        directory.insertToken(staffId, label, tokenHash(token), now, expires);
        audit.record(AuditRecord.of(actor, "API_TOKEN_ISSUED", "staff", account.username(),
                account.organisation().division(), null, Map.of("token", label, "expires", expires.toString())));
        return token;
    }

    /** The account's tokens, newest first, as the console lists them (never their values). */
    public List<ApiToken> tokens(StaffUser actor, long staffId) {
        account(actor, staffId);
        return directory.tokensOf(staffId);
    }

    /** Revokes one of the account's tokens: from now on it is refused. Revoking a revoked token changes nothing. */
    @Transactional
    public void revokeToken(StaffUser actor, long staffId, long tokenId) {
        StaffAccount account = account(actor, staffId);
        ApiToken token = directory.tokensOf(staffId).stream().filter(t -> t.id() == tokenId).findFirst()
                .orElseThrow(() -> new NotFoundException("token", Long.toString(tokenId)));
        if (directory.revokeToken(staffId, tokenId, clock.instant())) {
            audit.record(AuditRecord.of(actor, "API_TOKEN_REVOKED", "staff", account.username(),
                    account.organisation().division(), Map.of("token", token.name()),
                    Map.of("token", token.name(), "revoked", true)));
        }
    }

    static String tokenHash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<DivisionCode> divisionWithinScope(StaffUser actor, String raw, List<FieldViolation> errors) {
        try {
            DivisionCode code = DivisionCode.parse(raw);
            if (!divisions.exists(code)) {
                errors.add(FieldViolation.of("divisionCode", new Violation("E1012", "division.unknown", code.value())));
            } else if (!actor.scope().includes(code)) {
                errors.add(FieldViolation.of("divisionCode", new Violation("E9001", "access.division.outside",
                        code.value())));
            } else {
                return Optional.of(code);
            }
        } catch (InvalidCodeException e) {
            errors.add(FieldViolation.of("divisionCode", e.violation()));
        }
        return Optional.empty();
    }

    private Optional<Organisation> organisationWithinScope(StaffUser actor, long id, List<FieldViolation> errors) {
        Optional<Organisation> organisation = directory.organisation(id)
                .filter(o -> actor.scope().includes(o.division()));
        if (organisation.isEmpty()) {
            errors.add(FieldViolation.of("organisationId", new Violation("E3003", "organisation.unknown", id)));
        }
        return organisation;
    }

    private void checkPassword(String password, String username, List<FieldViolation> errors) {
        passwordPolicy.check(password, username).ifPresent(v -> errors.add(FieldViolation.of("password", v)));
    }

    private static void checkDisplayNameAndRoles(String displayName, Set<Role> roles, List<FieldViolation> errors) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 60) {
            errors.add(FieldViolation.of("displayName", new Violation("E3013", "staff.displayName.length")));
        }
        if (roles == null || roles.isEmpty()) {
            errors.add(FieldViolation.of("roles", new Violation("E3014", "staff.roles.required")));
        }
    }

    private static Map<String, Object> state(StaffAccount a) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", a.username());
        state.put("displayName", a.displayName());
        state.put("organisation", a.organisation().name());
        state.put("roles", a.roles().stream().map(Enum::name).sorted().toList());
        state.put("enabled", a.enabled());
        return state;
    }
}
