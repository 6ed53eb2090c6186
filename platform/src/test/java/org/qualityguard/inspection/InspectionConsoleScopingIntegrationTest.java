package org.qualityguard.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.inspection.domain.LotDeclaration;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.support.Browser;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The risk part's console pages keep to the reader's division: a Nanjing lot opens for a Nanjing inspector and is
 * not found, without its details, for a Suzhou inspector, who cannot record a result against it either.
 */
@PlatformTest
class InspectionConsoleScopingIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    LotDecisions decisions;
    @Autowired
    Clock clock;

    @Test
    void aLotOfAnotherCitysBureauIsNotFound() {
        Staff staff = new Staff(administration);
        Staff.Member nanjing = staff.inspectorOf("320100");
        String lotId = "SC" + System.nanoTime() % 1_000_000_000L;
        decisions.decideAll(new StaffUser(nanjing.account().id(), nanjing.username(), nanjing.username(), "", true,
                0, "测试机构", new DivisionCode("320100"), EnumSet.of(Role.INSPECTOR)),
                List.of(new LotDeclaration(lotId, LocalDate.now(clock).toString(), "CIQ-NJ", "IMPORT", "0802120000",
                        "US", "越权测试进口有限公司", "Scope Test Orchards", "10", "900")));

        Browser own = new Browser(port).signIn(nanjing);
        Browser.Page page = own.get("/console/inspection/lots/" + lotId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains(lotId, "越权测试进口有限公司");

        Browser other = new Browser(port).signIn(staff.inspectorOf("320500"));
        Browser.Page refused = other.get("/console/inspection/lots/" + lotId);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.html()).doesNotContain("越权测试进口有限公司").doesNotContain("Scope Test Orchards");

        Browser.Page worklist = other.get("/console/inspection/worklist?bureau=CIQ-NJ");
        assertThat(worklist.status()).isEqualTo(200);
        assertThat(worklist.html()).doesNotContain(lotId);

        Browser.Page post = other.post("/console/inspection/lots/" + lotId + "/result",
                Map.of("outcome", "PASS", "hazard", "", "inspectedOn", LocalDate.now(clock).toString()), worklist);
        assertThat(post.status()).isEqualTo(404);
        assertThat(own.get("/console/inspection/lots/" + lotId).html()).contains("id=\"no-result\"");
    }
}
