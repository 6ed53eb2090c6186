package org.qualityguard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qualityguard.support.Api;
import org.qualityguard.support.BusinessDay;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Asking for another division's data by naming it (a list filtered to another county, another city's bureau) is
 * answered as division scoping always answers it (an empty list, not found), and it goes on the audit trail, so
 * that the probe is seen rather than silently narrowed.
 */
@PlatformTest
class RefusalsAreAuditedIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aListFilteredToAnotherCountyIsEmptyAndOnTheAuditTrail() {
        Staff.Member xuanwu = new Staff(administration).inspectorOf("320102");
        Api api = Api.as(port, xuanwu);

        assertThat(api.get("/api/v1/enterprises?division=320104").body().get("total").asLong()).isZero();
        assertThat(api.get("/api/v1/enterprises?division=320102").status()).isEqualTo(200);

        assertThat(refusals(xuanwu)).singleElement().asString().contains("\"filter\":\"320104\"");
    }

    @Test
    void auditingAnotherCitysBureauIsOnTheAuditTrail() {
        Staff.Member suzhou = new Staff(administration).inspectorOf("320500");

        Api.Reply audit = Api.as(port, suzhou).get("/api/v1/inspection/audit?bureau=CIQ-TZ&day="
                + BusinessDay.today());

        assertThat(audit.status()).isEqualTo(404);
        assertThat(refusals(suzhou)).singleElement().asString().contains("\"filter\":\"321200\"");
    }

    @Test
    void aWorklistOfAnotherCitysBureauIsEmptyAndOnTheAuditTrail() {
        Staff.Member suzhou = new Staff(administration).inspectorOf("320500");

        Api.Reply worklist = Api.as(port, suzhou).get("/api/v1/inspection/worklist?bureau=CIQ-NJ&day="
                + BusinessDay.today());

        assertThat(worklist.status()).isEqualTo(200);
        assertThat(worklist.body()).isEmpty();
        assertThat(refusals(suzhou)).singleElement().asString().contains("\"filter\":\"320100\"");
    }

    private List<String> refusals(Staff.Member actor) {
        return jdbc.sql("SELECT after_state FROM identity.audit_entry WHERE action = 'ACCESS_DENIED' AND actor = ? "
                + "ORDER BY id").params(actor.username()).query(String.class).list();
    }
}
