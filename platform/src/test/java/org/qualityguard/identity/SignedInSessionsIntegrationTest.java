package org.qualityguard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.support.Browser;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A signed-in session or a cached credential is never stronger than its account is now. */
@PlatformTest
class SignedInSessionsIntegrationTest {

    private static final StaffUser SYSTEM = StaffUser.system(new DivisionCode("320000"));

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    private void change(Staff.Member member, Set<Role> roles, boolean enabled) {
        StaffAccount a = member.account();
        administration.changeStaff(SYSTEM, a.id(), new StaffAdministration.StaffChange(a.displayName(),
                a.organisation().id(), roles, enabled));
    }

    @Test
    void aDemotedAdministratorsOpenSessionLosesAdministrationAtOnce() {
        Staff.Member admin = new Staff(administration).adminOf("320100");
        Browser browser = new Browser(port).signIn(admin);
        assertThat(browser.get("/console/admin/staff").status()).isEqualTo(200);

        change(admin, EnumSet.of(Role.INSPECTOR), true);

        Browser.Page next = browser.get("/console/admin/staff");
        assertThat(next.status()).isEqualTo(302);
        assertThat(next.location()).endsWith("/login?ended");
        assertThat(browser.get("/console").status()).isEqualTo(302);
        assertThat(browser.get("/login?ended").html()).contains("您的会话已结束");
    }

    @Test
    void aDisabledAccountsSessionIsEndedOnItsNextRequest() {
        Staff.Member inspector = new Staff(administration).inspectorOf("320102");
        Browser browser = new Browser(port).signIn(inspector);
        assertThat(browser.get("/console").status()).isEqualTo(200);

        change(inspector, EnumSet.of(Role.INSPECTOR), false);

        assertThat(browser.get("/console").location()).endsWith("/login?ended");
        assertThat(browser.get("/console/enterprises").location()).endsWith("/login");
    }

    @Test
    void aPasswordResetEndsTheAccountsSessions() {
        Staff.Member inspector = new Staff(administration).inspectorOf("320102");
        Browser browser = new Browser(port).signIn(inspector);
        administration.resetPassword(SYSTEM, inspector.account().id(), "another-secret-2026");
        assertThat(browser.get("/console").location()).endsWith("/login?ended");
    }

    @Test
    void aSessionWhoseAccountIsUnchangedGoesOn() {
        Staff.Member inspector = new Staff(administration).inspectorOf("320102");
        Browser browser = new Browser(port).signIn(inspector);
        StaffAccount a = inspector.account();
        administration.changeStaff(SYSTEM, a.id(), new StaffAdministration.StaffChange("新名字",
                a.organisation().id(), a.roles(), true));
        assertThat(browser.get("/console").status()).isEqualTo(200);
    }

    @Test
    void anAdministratorDemotedThroughTheConsoleLosesTheirOtherSessionAtOnce() {
        Staff.Member chief = new Staff(administration).adminOf("320100");
        Staff.Member deputy = new Staff(administration).adminOf("320100");
        Browser deputysSession = new Browser(port).signIn(deputy);
        Browser chiefs = new Browser(port).signIn(chief);
        String path = "/console/admin/staff/" + deputy.account().id();
        Browser.Page form = chiefs.get(path);
        Browser.Page saved = chiefs.post(path, Map.of("displayName", "副管理员", "organisationId",
                Long.toString(deputy.account().organisation().id()), "roles", "INSPECTOR", "enabled", "true"), form);
        assertThat(saved.status()).isEqualTo(302);

        assertThat(deputysSession.get("/console/admin/staff").location()).endsWith("/login?ended");
    }

    @Test
    void aDisabledAccountsCachedBasicCredentialsAreRefusedAtOnce() {
        Staff.Member inspector = new Staff(administration).inspectorOf("320102");
        assertThat(Raw.send(Raw.at(port, "/api/v1/enterprises?size=1").header("Authorization",
                Raw.basic(inspector))).statusCode()).isEqualTo(200);
        change(inspector, EnumSet.of(Role.INSPECTOR), false);
        assertThat(Raw.send(Raw.at(port, "/api/v1/enterprises?size=1").header("Authorization",
                Raw.basic(inspector))).statusCode()).isEqualTo(401);
    }

    @Test
    void anOldPasswordStopsWorkingForTheApiAsSoonAsItIsReset() {
        Staff.Member inspector = new Staff(administration).inspectorOf("320102");
        assertThat(Raw.send(Raw.at(port, "/api/v1/enterprises?size=1").header("Authorization",
                Raw.basic(inspector))).statusCode()).isEqualTo(200);
        administration.resetPassword(SYSTEM, inspector.account().id(), "another-secret-2026");
        assertThat(Raw.send(Raw.at(port, "/api/v1/enterprises?size=1").header("Authorization",
                Raw.basic(inspector))).statusCode()).isEqualTo(401);
        assertThat(Raw.send(Raw.at(port, "/api/v1/enterprises?size=1").header("Authorization",
                Raw.basic(inspector.username(), "another-secret-2026"))).statusCode()).isEqualTo(200);
    }
}
