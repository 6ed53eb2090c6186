package org.qualityguard.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.power.importing.CatalogueSheet;
import org.qualityguard.shared.sheet.SheetRow;
import org.qualityguard.support.Api;
import org.qualityguard.support.Browser;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.PowerItemBuilder;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue sheet in and out: one transaction per file, errors naming row and column, matched on code and version
 * so that importing again (or importing the export back) changes nothing, drafts rewritten but reviewed versions not.
 */
@PlatformTest
class CatalogueImportIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    private static byte[] csv(String... rows) {
        return (PowerItemBuilder.CSV_HEADER + String.join("", rows)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importingTheSheetTwiceOrItsExportBackDraftsOnceAndThenChangesNothing() {
        Staff staff = new Staff(administration);
        Staff.Member member = staff.withRoles("320000", Role.ANALYST);
        Api drafter = Api.as(port, member);
        String token = "导入往返" + System.nanoTime() % 1_000_000;
        PowerItemBuilder a = PowerItemBuilder.anItem().named(token + "甲");
        PowerItemBuilder b = PowerItemBuilder.anItem().named(token + "乙").withLevels("CITY", "COUNTY");
        Api.Reply first = drafter.upload("/api/v1/power/import", "catalogue.csv", csv(a.csvRow(1), b.csvRow(1)));
        assertThat(first.status()).as(String.valueOf(first.body())).isEqualTo(200);
        assertThat(first.body().get("drafted").asInt()).isEqualTo(2);
        Api.Reply again = drafter.upload("/api/v1/power/import", "catalogue.csv", csv(a.csvRow(1), b.csvRow(1)));
        assertThat(again.body().get("drafted").asInt()).isZero();
        assertThat(again.body().get("unchanged").asInt()).isEqualTo(2);

        byte[] export = new Browser(port).signIn(member).download("/console/power/export?name=" + token);
        List<SheetRow> rows = CatalogueSheet.read("export.xlsx", export, 100);
        assertThat(rows).extracting(r -> r.get("code")).containsExactlyInAnyOrder(a.code(), b.code());
        assertThat(rows).extracting(r -> r.get("levels")).contains("市级、县级");
        Api.Reply back = drafter.upload("/api/v1/power/import", "export.xlsx", export);
        assertThat(back.status()).as(String.valueOf(back.body())).isEqualTo(200);
        assertThat(back.body().get("unchanged").asInt()).isEqualTo(2);
        assertThat(drafter.get("/api/v1/power/items?name=" + token).body().size()).isEqualTo(2);
    }

    @Test
    void aFileWithFaultyRowsIsRefusedWholeNamingEachRowAndColumn() {
        Api drafter = Api.as(port, new Staff(administration).withRoles("320000", Role.ANALYST));
        PowerItemBuilder good = PowerItemBuilder.anItem();
        PowerItemBuilder other = PowerItemBuilder.anItem();
        String badType = other.csvRow(1).replace("行政检查", "行政罚金");
        String badLimit = PowerItemBuilder.anItem().csvRow(1).replace("20个工作日", "二十天");
        String noBasis = PowerItemBuilder.anItem().csvRow(1).replace("《产品质量法》第十五条", "");
        Api.Reply refused = drafter.upload("/api/v1/power/import", "bad.csv",
                csv(good.csvRow(1), badType, badLimit, noBasis, good.csvRow(1)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("drafted").asInt()).isZero();
        List<String> located = new ArrayList<>();
        for (JsonNode e : refused.body().get("errors")) {
            located.add(e.get("row").asInt() + ":" + e.get("field").asString() + ":" + e.get("code").asString());
            assertThat(e.get("message").asString()).isNotBlank();
        }
        assertThat(located).contains("3:type:E4141", "4:statutoryLimit:E4147", "5:legalBasis:E4113",
                "6:code:E4149");
        assertThat(drafter.get("/api/v1/power/items?name=" + good.code()).body().size())
                .as("nothing of the file was written").isZero();
    }

    @Test
    void aDraftIsRewrittenByAnImportButAReviewedVersionIsNot() {
        Staff staff = new Staff(administration);
        Api drafter = Api.as(port, staff.withRoles("320000", Role.ANALYST));
        Api chief = Api.as(port, staff.withRoles("320000", Role.CHIEF));
        PowerItemBuilder item = PowerItemBuilder.anItem();
        assertThat(drafter.upload("/api/v1/power/import", "v1.csv", csv(item.csvRow(1))).status()).isEqualTo(200);
        String renamed = item.csvRow(1).replace(item.name(), item.name() + "（改）");
        Api.Reply redrafted = drafter.upload("/api/v1/power/import", "v1b.csv", csv(renamed));
        assertThat(redrafted.body().get("redrafted").asInt()).isEqualTo(1);
        JsonNode stored = drafter.get("/api/v1/power/items?name=" + item.code()).body().get(0);
        assertThat(stored.get("content").get("name").asString()).endsWith("（改）");

        assertThat(drafter.upload("/api/v1/power/import", "v2.csv", csv(item.csvRow(2))).body().toString())
                .as("no amendment of a code with nothing in force").contains("E4135");
        assertThat(chief.post("/api/v1/power/items/" + stored.get("id").asLong() + "/review", java.util.Map.of())
                .status()).isEqualTo(200);
        Api.Reply refused = drafter.upload("/api/v1/power/import", "v1c.csv", csv(item.csvRow(1)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("errors").get(0).get("code").asString()).isEqualTo("E4148");
        assertThat(refused.body().get("errors").get(0).get("row").asInt()).isEqualTo(2);
    }
}
