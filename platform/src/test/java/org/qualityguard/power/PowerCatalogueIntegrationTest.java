package org.qualityguard.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.AuditEntry;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.OrganisationKind;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Api;
import org.qualityguard.support.BusinessDay;
import org.qualityguard.support.EnterpriseSheetBuilder;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.PowerItemBuilder;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The power catalogue through its API: an item's life from draft to publication and amendment, four eyes at each
 * step, every move on the audit trail; and the guard refusing an unknown, unpublished, abolished or foreign-level
 * item, or an organisation of the wrong kind in an existing act, each with {code, field, message}.
 */
@PlatformTest
class PowerCatalogueIntegrationTest {

    /** A county no other test acts in (南京市 浦口区). */
    private static final String PUKOU = "320111";

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    AuditTrail audit;

    private Api province(Role role) {
        return Api.as(port, new Staff(administration).withRoles("320000", role));
    }

    private static long id(Api.Reply reply) {
        assertThat(reply.status()).as(String.valueOf(reply.body())).isBetween(200, 201);
        return reply.body().get("id").asLong();
    }

    private static Api.Reply move(Api actor, long id, String command, String reason) {
        return actor.post("/api/v1/power/items/" + id + "/" + command, reason == null ? Map.of() : Map.of("reason", reason));
    }

    private static void publish(Api chief, long id) {
        for (String command : List.of("review", "confirm", "publish")) {
            assertThat(move(chief, id, command, null).status()).as(command).isEqualTo(200);
        }
    }

    private static JsonNode firstError(Api.Reply reply) {
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(400);
        return reply.body().get("errors").get(0);
    }

    @Test
    void anItemIsLegallyReviewedConfirmedAndPublishedByOthersThanItsDrafterAndAnAmendmentSupersedesIt() {
        Api drafter = province(Role.ANALYST);
        Api chief = province(Role.CHIEF);
        PowerItemBuilder item = PowerItemBuilder.anItem();
        long v1 = id(drafter.post("/api/v1/power/items", item.json()));
        assertThat(drafter.post("/api/v1/power/items", item.json()).body().toString()).contains("E4134");

        Api.Reply analystReview = move(drafter, v1, "review", null);
        assertThat(analystReview.status()).as("an analyst does not review legality").isEqualTo(403);
        assertThat(analystReview.body().get("errors").get(0).get("code").asString()).isEqualTo("E9003");
        Api drafterChief = Api.as(port, new Staff(administration).withRoles("320000", Role.CHIEF, Role.ANALYST));
        long own = id(drafterChief.post("/api/v1/power/items", PowerItemBuilder.anItem().json()));
        JsonNode fourEyes = firstError(move(drafterChief, own, "review", null));
        assertThat(fourEyes.get("code").asString()).isEqualTo("E4131");
        assertThat(fourEyes.get("field").asString()).isEqualTo("reviewer");
        assertThat(fourEyes.get("message").asString()).isNotBlank();
        assertThat(firstError(move(chief, v1, "publish", null)).get("code").asString())
                .as("not before review and confirmation").isEqualTo("E4130");

        publish(chief, v1);
        Api county = Api.as(port, new Staff(administration).inspectorOf(PUKOU));
        Api.Reply allowed = county.post("/api/v1/power/authorisations", Map.of("itemCode", item.code(),
                "division", PUKOU));
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.body().get("version").asInt()).isEqualTo(1);

        Map<String, Object> amended = new LinkedHashMap<>(item.json());
        amended.put("name", item.name() + "（修订）");
        long v2 = id(drafter.post("/api/v1/power/amendments", amended));
        assertThat(drafter.post("/api/v1/power/amendments", amended).body().toString())
                .as("one amendment on its way at a time").contains("E4136");
        assertThat(chief.get("/api/v1/power/items/" + v1).body().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(county.post("/api/v1/power/authorisations", Map.of("itemCode", item.code(), "division", PUKOU))
                .body().get("version").asInt()).as("the published version stays in force").isEqualTo(1);

        publish(chief, v2);
        assertThat(chief.get("/api/v1/power/items/" + v1).body().get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(county.post("/api/v1/power/authorisations", Map.of("itemCode", item.code(), "division", PUKOU))
                .body().get("version").asInt()).isEqualTo(2);
        JsonNode versions = chief.get("/api/v1/power/items/" + v2 + "/versions").body();
        assertThat(versions.size()).isEqualTo(2);

        List<String> actions = audit.historyOf("power-item", Long.toString(v1)).stream().map(AuditEntry::action)
                .toList();
        assertThat(actions).contains("POWER_ITEM_DRAFTED", "POWER_ITEM_REVIEW", "POWER_ITEM_CONFIRM",
                "POWER_ITEM_PUBLISH", "POWER_ITEM_SUPERSEDE");
    }

    @Test
    void theGuardRefusesAnUnknownUnpublishedAbolishedOrForeignLevelItemSayingWhichAndWhy() {
        Api drafter = province(Role.ANALYST);
        Api chief = province(Role.CHIEF);
        Api county = Api.as(port, new Staff(administration).inspectorOf(PUKOU));

        JsonNode unknown = firstError(county.post("/api/v1/power/authorisations",
                Map.of("itemCode", "JC-NOSUCH-999", "division", PUKOU)));
        assertThat(unknown.get("code").asString()).isEqualTo("E4100");

        PowerItemBuilder drafted = PowerItemBuilder.anItem();
        long draftId = id(drafter.post("/api/v1/power/items", drafted.json()));
        move(chief, draftId, "review", null);
        JsonNode unpublished = firstError(county.post("/api/v1/power/authorisations",
                Map.of("itemCode", drafted.code(), "division", PUKOU)));
        assertThat(unpublished.get("code").asString()).isEqualTo("E4101");
        assertThat(unpublished.get("field").asString()).isEqualTo("powerItem");
        assertThat(unpublished.get("message").asString()).contains(drafted.code());

        PowerItemBuilder abolished = PowerItemBuilder.anItem();
        long abolishedId = id(drafter.post("/api/v1/power/items", abolished.json()));
        publish(chief, abolishedId);
        assertThat(firstError(move(chief, abolishedId, "abolish", " ")).get("code").asString()).isEqualTo("E4133");
        assertThat(move(chief, abolishedId, "abolish", "上位法废止").status()).isEqualTo(200);
        JsonNode refusedAbolished = firstError(county.post("/api/v1/power/authorisations",
                Map.of("itemCode", abolished.code(), "division", PUKOU)));
        assertThat(refusedAbolished.get("code").asString()).isEqualTo("E4102");
        assertThat(refusedAbolished.get("message").asString()).contains(abolished.code());

        PowerItemBuilder provincial = PowerItemBuilder.anItem().withLevels("PROVINCE");
        publish(chief, id(drafter.post("/api/v1/power/items", provincial.json())));
        JsonNode foreignLevel = firstError(county.post("/api/v1/power/authorisations",
                Map.of("itemCode", provincial.code(), "division", PUKOU)));
        assertThat(foreignLevel.get("code").asString()).isEqualTo("E4103");
        assertThat(foreignLevel.get("field").asString()).isEqualTo("organisation.level");
        assertThat(foreignLevel.get("message").asString()).contains(provincial.code());

        JsonNode outside = firstError(county.post("/api/v1/power/authorisations",
                Map.of("itemCode", "JC-SCJG-001", "division", "320506")));
        assertThat(outside.get("code").asString()).as("a county bureau acting in another city").isEqualTo("E4106");

        List<String> refusals = audit.historyOf("power-item", abolished.code()).stream().map(AuditEntry::action)
                .toList();
        assertThat(refusals).contains("POWER_ACT_REFUSED");
    }

    @Test
    void anOrganisationOfAKindTheItemDoesNotAllowIsRefusedInAnExistingAct() {
        Staff staff = new Staff(administration);
        Api partner = Api.as(port, staff.ofKind(PUKOU, OrganisationKind.PARTNER_AGENCY, Role.INSPECTOR));
        String user = EnterpriseSheetBuilder.freshCreditCode(PUKOU);
        Map<String, Object> enterprise = new LinkedHashMap<>();
        enterprise.put("creditCode", user);
        enterprise.put("name", "浦口锅炉使用测试有限公司");
        enterprise.put("categories", List.of("SPECIAL_EQUIPMENT_USER"));
        enterprise.put("divisionCode", PUKOU);
        assertThat(partner.post("/api/v1/enterprises", enterprise).status()).isEqualTo(201);
        String suffix = Long.toString(System.nanoTime() % 100_000_000);
        String csv = "使用登记证编号,设备种类,使用单位统一社会信用代码,所在地行政区划代码,投入使用日期,上次定期检验日期,检验结论\n"
                + "锅11苏A" + suffix + ",锅炉," + user + "," + PUKOU + ",2016-03-01,"
                + BusinessDay.today().minusMonths(2) + ",合格\n";
        Api.Reply refused = partner.upload("/api/v1/equipment/units/import", "units.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        JsonNode error = firstError(refused);
        assertThat(error.get("code").asString()).isEqualTo("E4105");
        assertThat(error.get("field").asString()).isEqualTo("organisation.kind");
        assertThat(error.get("message").asString()).contains("JC-TZSB-002");
        assertThat(partner.get("/api/v1/equipment/units/锅11苏A" + suffix).status()).as("nothing written")
                .isEqualTo(404);

        Api bureau = Api.as(port, staff.inspectorOf(PUKOU));
        assertThat(bureau.upload("/api/v1/equipment/units/import", "units.csv", csv.getBytes(StandardCharsets.UTF_8))
                .status()).as("the market supervision bureau of the county records it").isEqualTo(200);
    }
}
