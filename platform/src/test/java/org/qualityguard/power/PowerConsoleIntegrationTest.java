package org.qualityguard.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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

/** The catalogue in the console: a chief finds a draft, reviews it by the item page's form, imports a sheet. */
@PlatformTest
class PowerConsoleIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    @Test
    void aChiefReviewsADraftFromItsPageAndSeesItsLifecycleTable() {
        Staff staff = new Staff(administration);
        Api drafter = Api.as(port, staff.withRoles("320000", Role.ANALYST));
        PowerItemBuilder item = PowerItemBuilder.anItem();
        long id = drafter.post("/api/v1/power/items", item.json()).body().get("id").asLong();

        Browser chief = new Browser(port).signIn(staff.withRoles("320000", Role.CHIEF));
        Browser.Page list = chief.get("/console/power?name=" + item.code());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html()).contains(item.name(), "已起草");
        Browser.Page page = chief.get("/console/power/items/" + id);
        assertThat(page.html()).contains("id=\"power-workflow\"", "ItemLegallyReviewed", "《产品质量法》第十五条",
                "name=\"command\" value=\"review\"");
        Browser.Page moved = chief.post("/console/power/items/" + id + "/move", Map.of("command", "review"), page);
        assertThat(moved.status()).isEqualTo(302);
        assertThat(chief.get("/console/power/items/" + id).html()).contains("已法制审核", "已通过法制审核。")
                .contains("name=\"command\" value=\"confirm\"");
        Browser.Page refused = chief.post("/console/power/items/" + id + "/move", Map.of("command", "publish"), page);
        assertThat(refused.status()).isEqualTo(302);
        assertThat(chief.get("/console/power/items/" + id).html()).as("the refusal shown on the page")
                .contains("不能执行");
    }

    @Test
    void aDrafterImportsTheSheetFromTheConsoleAndSeesTheErrorsByRow() {
        Staff staff = new Staff(administration);
        Browser drafter = new Browser(port).signIn(staff.withRoles("320000", Role.ANALYST));
        Browser.Page form = drafter.get("/console/power/import");
        assertThat(form.status()).isEqualTo(200);
        byte[] bad = (PowerItemBuilder.CSV_HEADER + PowerItemBuilder.anItem().csvRow(1).replace("行政检查", "行政罚金"))
                .getBytes(StandardCharsets.UTF_8);
        Browser.Page result = drafter.postMultipart("/console/power/import", Map.of(), "file", "bad.csv", bad, form);
        assertThat(result.html()).contains("id=\"power-import-errors\"", "行政罚金", "事项类型");
    }
}
