package org.qualityguard.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Api;
import org.qualityguard.support.Browser;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.PowerItemBuilder;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The portal's power list as the public sees it, without signing in: published versions only. */
@PlatformTest
class PortalPowerListIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    @Test
    void thePublicSeesOnlyPublishedVersionsWithTheirLegalBasisAndTimeLimits() {
        Staff staff = new Staff(administration);
        Staff.Member drafterMember = staff.withRoles("320000", Role.ANALYST);
        Staff.Member chiefMember = staff.withRoles("320000", Role.CHIEF);
        Api drafter = Api.as(port, drafterMember);
        Api chief = Api.as(port, chiefMember);
        String token = "门户公开" + System.nanoTime() % 1_000_000;
        PowerItemBuilder published = PowerItemBuilder.anItem().named(token + "已公开事项");
        PowerItemBuilder drafted = PowerItemBuilder.anItem().named(token + "草稿事项");
        long publishedId = drafter.post("/api/v1/power/items", published.json()).body().get("id").asLong();
        for (String command : List.of("review", "confirm", "publish")) {
            chief.post("/api/v1/power/items/" + publishedId + "/" + command, Map.of());
        }
        drafter.post("/api/v1/power/items", drafted.json());
        Map<String, Object> amendment = new LinkedHashMap<>(published.json());
        amendment.put("name", token + "修订稿");
        long amendmentId = drafter.post("/api/v1/power/amendments", amendment).body().get("id").asLong();
        chief.post("/api/v1/power/items/" + amendmentId + "/review", Map.of());

        Browser anyone = new Browser(port);
        Browser.Page list = anyone.get("/portal/power?name=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html()).contains(published.name(), published.code());
        assertThat(list.html()).doesNotContain(drafted.name(), token + "修订稿");

        Browser.Page page = anyone.get("/portal/power/" + published.code());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("《产品质量法》第十五条", "20 个工作日", "10 个工作日", "检验检测");
        assertThat(page.html()).as("who drafted, reviewed and confirmed is not public")
                .doesNotContain(drafterMember.username(), chiefMember.username(), token + "修订稿");
        assertThat(anyone.get("/portal/power/" + drafted.code()).status()).isEqualTo(404);

        Browser.Page inspections = anyone.get("/portal/power?type=INSPECTION&name="
                + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(inspections.html()).contains(published.name());
        assertThat(anyone.get("/portal/power?type=PENALTY&name=" + URLEncoder.encode(token, StandardCharsets.UTF_8))
                .html()).doesNotContain(published.name());

        chief.post("/api/v1/power/items/" + publishedId + "/suspend", Map.of("reason", "上位法修订中"));
        assertThat(anyone.get("/portal/power?name=" + URLEncoder.encode(token, StandardCharsets.UTF_8)).html())
                .as("a suspended item is not on the public list").doesNotContain(published.name());
        assertThat(anyone.get("/").html()).contains("/portal/power");
    }
}
