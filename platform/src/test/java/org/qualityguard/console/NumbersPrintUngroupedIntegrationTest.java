package org.qualityguard.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Api;
import org.qualityguard.support.Browser;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.qualityguard.support.SupervisedDivision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Years, ids and seeds are never printed with thousands separators: the main console pages and the portal, in
 * Chinese and English, as an administrator sees them, hold no "2,026 年", "12/2,026", "Year 2,026" or a long number
 * grouped like a seed.
 */
@PlatformTest
class NumbersPrintUngroupedIntegrationTest {

    private static final Pattern GROUPED = Pattern.compile(
            "\\d,\\d{3}\\s*年|Year \\d,\\d{3}|/\\d,\\d{3}\\b|\\b\\d{1,3}(,\\d{3}){3,}\\b");

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    @Test
    void noPageGroupsAYearAnIdOrASeed() {
        Staff staff = new Staff(administration);
        SupervisedDivision d = SupervisedDivision.in(port, staff, "320904").withProducer("DAIRY_PRODUCTS")
                .withApprovedPlan();
        assertThat(Api.as(port, d.chief).post("/api/v1/supervision/plans/" + d.planId() + "/publish", Map.of())
                .status()).isEqualTo(200);
        Browser admin = new Browser(port).signIn(staff.adminOf("320000"));
        List<String> pages = List.of("/console", "/console/enterprises", "/console/enterprises/" + d.producer(),
                "/console/inspection/worklist", "/console/inspection/warnings", "/console/inspection/dashboard",
                "/console/supervision", "/console/supervision/coverage", "/console/supervision/plans",
                "/console/supervision/plans/" + d.planId(), "/console/supervision/enterprises/" + d.producer(),
                "/console/equipment", "/console/admin/staff", "/console/admin/audit",
                "/portal/supervision/plans/" + d.planId(), "/");
        List<String> found = new ArrayList<>();
        for (String language : List.of("zh_CN", "en")) {
            admin.get("/console?lang=" + language);
            for (String page : pages) {
                Browser.Page shown = admin.get(page);
                assertThat(shown.status()).as(page).isEqualTo(200);
                Matcher m = GROUPED.matcher(shown.html());
                while (m.find()) {
                    found.add(language + " " + page + ": " + m.group());
                }
            }
        }
        assertThat(found).isEmpty();
        assertThat(admin.get("/console/supervision/plans?lang=zh_CN").html()).containsPattern("\\d{4} 年度");
    }
}
