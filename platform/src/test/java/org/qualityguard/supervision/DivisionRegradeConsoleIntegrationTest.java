package org.qualityguard.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Browser;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.qualityguard.support.SupervisedDivision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The yearly re-grade of a division from the console's coverage page: for chiefs and administrators, summarised. */
@PlatformTest
class DivisionRegradeConsoleIntegrationTest {

    private static final String JIANGYIN = "320281";

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    @Test
    void aChiefRegradesTheirDivisionFromTheCoveragePageAndSeesWhatItDid() {
        SupervisedDivision d = SupervisedDivision.in(port, new Staff(administration), JIANGYIN)
                .withProducer("TEA").withProducer("SUGAR");
        Browser chief = new Browser(port).signIn(d.chief);
        Browser.Page coverage = chief.get("/console/supervision/coverage");
        assertThat(coverage.html()).contains("id=\"regrade-form\"");

        Browser.Page done = chief.post("/console/supervision/regrade", Map.of("division", JIANGYIN), coverage);
        assertThat(done.status()).isEqualTo(302);
        String summary = chief.get("/console/supervision/coverage").html();
        assertThat(summary).contains("id=\"regraded\"").contains("无锡市 江阴市：2 家受监管企业重新评级，共 2 个等级");

        assertThat(new Browser(port).signIn(d.analyst).get("/console/supervision/coverage").html())
                .doesNotContain("id=\"regrade-form\"");
    }
}
