package org.qualityguard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qualityguard.support.Api;
import org.qualityguard.support.Staff;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A production installation starts without demo data and with the one administrator its operator named. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "qualityguard.first-admin.username=bureau.admin",
    "qualityguard.first-admin.password=first-admin-password",
    "qualityguard.first-admin.organisation=江苏省市场监督管理局（测试）"})
@ActiveProfiles("test")
class FirstAdministratorIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theNamedAdministratorCanSignInAndTheRegistryIsEmpty() {
        Api admin = Api.as(port, new Staff.Member("bureau.admin", "first-admin-password", null));
        assertThat(admin.get("/api/v1/enterprises").body().get("total").asLong()).isZero();
        assertThat(admin.get("/api/v1/audit/verification").body().get("intact").asBoolean()).isTrue();
        assertThat(Api.as(port, new Staff.Member("admin", "demo-password-2026", null)).get("/api/v1/enterprises")
                .status()).isEqualTo(401);
    }
}
