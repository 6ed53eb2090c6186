package org.qualityguard.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.support.Browser;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** API tokens expire, can be revoked in the console, are shown once, and every issue and revocation is audited. */
@PlatformTest
class ApiTokenIntegrationTest {

    private static final StaffUser SYSTEM = StaffUser.system(new DivisionCode("320000"));
    private static final Pattern SHOWN_TOKEN = Pattern.compile("<code id=\"token\">(qg_[A-Za-z0-9_-]+)</code>");

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    JdbcClient jdbc;

    private int status(String token) {
        return Raw.send(Raw.at(port, "/api/v1/enterprises?size=1").header("Authorization", "Bearer " + token))
                .statusCode();
    }

    @Test
    void anExpiredTokenIsRefused() {
        Staff.Member integration = new Staff(administration).inspectorOf("320102");
        String token = administration.issueToken(SYSTEM, integration.account().id(), "到期测试", 1);
        assertThat(status(token)).isEqualTo(200);
        // A day passes: the token's expiry is moved into the past rather than the test waiting for it.
        jdbc.sql("UPDATE identity.api_token SET expires_at = now() - interval '1 second' WHERE token_hash = ?")
                .param(StaffAdministration.tokenHash(token)).update();
        assertThat(status(token)).isEqualTo(401);
    }

    @Test
    void aTokenLivesNinetyDaysByDefaultAndAtMostAYear() {
        Staff.Member integration = new Staff(administration).inspectorOf("320102");
        administration.issueToken(SYSTEM, integration.account().id(), "默认期限");
        ApiToken issued = administration.tokens(SYSTEM, integration.account().id()).get(0);
        assertThat(java.time.Duration.between(issued.created(), issued.expires()).toDays()).isEqualTo(90);
        assertThatThrownBy(() -> administration.issueToken(SYSTEM, integration.account().id(), "太长", 366))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).violation().code()).isEqualTo("E3030"));
    }

    @Test
    void aRevokedTokenIsRefused() {
        Staff.Member admin = new Staff(administration).adminOf("320100");
        Staff.Member integration = new Staff(administration).inspectorOf("320102");
        Browser browser = new Browser(port).signIn(admin);
        String account = "/console/admin/staff/" + integration.account().id();

        Browser.Page issued = browser.post(account + "/tokens", Map.of("name", "单一窗口", "validDays", "30"),
                browser.get(account));
        Matcher shown = SHOWN_TOKEN.matcher(issued.html());
        assertThat(shown.find()).isTrue();
        String token = shown.group(1);
        assertThat(status(token)).isEqualTo(200);

        Browser.Page listed = browser.get(account);
        assertThat(listed.html()).contains("单一窗口").contains("有效").doesNotContain(token);
        long tokenId = administration.tokens(SYSTEM, integration.account().id()).get(0).id();
        Browser.Page revoked = browser.post(account + "/tokens/" + tokenId + "/revoke", Map.of(), listed);
        assertThat(revoked.status()).isEqualTo(302);

        assertThat(status(token)).isEqualTo(401);
        assertThat(browser.get(account).html()).contains("已吊销");
        assertThat(administration.tokens(SYSTEM, integration.account().id()).get(0).revoked()).isNotNull();
    }

    @Test
    void aTokenIsShownOnceAndOnlyItsHashIsKept() {
        Staff.Member admin = new Staff(administration).adminOf("320100");
        Staff.Member integration = new Staff(administration).inspectorOf("320102");
        Browser browser = new Browser(port).signIn(admin);
        String account = "/console/admin/staff/" + integration.account().id();
        Matcher shown = SHOWN_TOKEN.matcher(browser.post(account + "/tokens", Map.of("name", "实验室"),
                browser.get(account)).html());
        assertThat(shown.find()).isTrue();
        String token = shown.group(1);

        assertThat(browser.get(account).html()).doesNotContain(token).doesNotContain("id=\"token\"");
        assertThat(jdbc.sql("SELECT count(*) FROM identity.api_token WHERE token_hash = ?").param(token)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM identity.api_token WHERE token_hash = ?")
                .param(StaffAdministration.tokenHash(token)).query(Long.class).single()).isOne();
    }

    @Test
    void issuingAndRevokingATokenAreOnTheAuditTrail() {
        Staff.Member integration = new Staff(administration).inspectorOf("320102");
        long staffId = integration.account().id();
        administration.issueToken(SYSTEM, staffId, "审计测试");
        administration.revokeToken(SYSTEM, staffId, administration.tokens(SYSTEM, staffId).get(0).id());
        assertThat(jdbc.sql("""
                        SELECT action FROM identity.audit_entry WHERE subject_id = ? AND action LIKE 'API_TOKEN_%'
                        ORDER BY id""").param(integration.username()).query(String.class).list())
                .containsExactly("API_TOKEN_ISSUED", "API_TOKEN_REVOKED");
    }
}
