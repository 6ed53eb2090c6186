package org.qualityguard.support;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.qualityguard.identity.Organisation;
import org.qualityguard.identity.OrganisationKind;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAccount;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.DivisionCode;

/**
 * Creates staff for a test through the real administration use case: {@code staff.inspectorOf("320102")}.
 * Usernames are unique per call, so tests sharing a database never collide.
 */
public final class Staff {

    public static final String PASSWORD = "test-password-123";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final StaffAdministration administration;

    public Staff(StaffAdministration administration) {
        this.administration = administration;
    }

    public record Member(String username, String password, StaffAccount account) {
    }

    public Member inspectorOf(String division) {
        return withRoles(division, Role.INSPECTOR);
    }

    public Member adminOf(String division) {
        return withRoles(division, Role.ADMIN, Role.INSPECTOR);
    }

    public Member withRoles(String division, Role first, Role... more) {
        return ofKind(division, OrganisationKind.MARKET_SUPERVISION, first, more);
    }

    /** Another member of the same organisation as {@code colleague} (a chief beside an inspector, …). */
    public Member colleagueOf(Member colleague, Role first, Role... more) {
        StaffUser system = StaffUser.system(new DivisionCode("320000"));
        int n = SEQUENCE.incrementAndGet();
        String username = ("t" + n + "-" + System.nanoTime() % 1_000_000 + "." + first.name()).toLowerCase();
        StaffAccount account = administration.createStaff(system, new StaffAdministration.NewStaff(username,
                "测试人员" + n, PASSWORD, colleague.account().organisation().id(), EnumSet.of(first, more)));
        return new Member(username, PASSWORD, account);
    }

    /** A member of an organisation of the given kind (an inspection and quarantine bureau, a partner agency, …). */
    public Member ofKind(String division, OrganisationKind kind, Role first, Role... more) {
        StaffUser system = StaffUser.system(new DivisionCode("320000"));
        int n = SEQUENCE.incrementAndGet();
        String unique = n + "-" + System.nanoTime() % 1_000_000;
        Organisation organisation = administration.createOrganisation(system, "测试机构" + division + "-" + unique,
                division, kind);
        String username = ("t" + unique + "." + first.name()).toLowerCase();
        StaffAccount account = administration.createStaff(system, new StaffAdministration.NewStaff(username,
                "测试人员" + n, PASSWORD, organisation.id(), EnumSet.of(first, more)));
        return new Member(username, PASSWORD, account);
    }
}
