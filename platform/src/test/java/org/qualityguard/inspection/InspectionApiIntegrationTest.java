package org.qualityguard.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityguard.support.LotJsonBuilder.aLot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.inspection.engine.EngineHost;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.support.Api;
import org.qualityguard.support.BusinessDay;
import org.qualityguard.support.LotJsonBuilder;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PlatformTest
class InspectionApiIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    ModelRefits models;
    @Autowired
    EngineHost host;
    @Autowired
    JdbcClient jdbc;

    Staff staff;
    Api nanjing;

    @BeforeEach
    void signIn() {
        staff = new Staff(administration);
        nanjing = Api.as(port, staff.inspectorOf("320100"));
    }

    @Test
    void aLotGetsItsDecisionAndSentAgainGetsTheSameOneBack() {
        Map<String, Object> lot = aLot().build();

        Api.Reply first = nanjing.post("/api/v1/inspection/lots", lot);
        Api.Reply again = nanjing.post("/api/v1/inspection/lots", lot);

        assertThat(first.status()).isEqualTo(200);
        JsonNode d = first.body();
        assertThat(d.get("reason").asText()).isNotBlank();
        assertThat(d.get("scorecard").size()).isPositive();
        int points = 0;
        for (JsonNode factor : d.get("scorecard")) {
            points += factor.get("points").asInt();
        }
        assertThat(points).as("the scorecard's points sum to the score").isEqualTo(d.get("score").asInt());
        assertThat(again.body().get("seedCommitment").asText()).isEqualTo(d.get("seedCommitment").asText());
        assertThat(again.body().get("reason").asText()).isEqualTo(d.get("reason").asText());
        assertThat(again.body().get("probability").asDouble()).isEqualTo(d.get("probability").asDouble());
    }

    @Test
    void aMalformedLotIsRefusedFieldByField() {
        Map<String, Object> lot = aLot().hs("08021").from("XX").at("CIQ-NOWHERE").with("consignee", null).build();

        Api.Reply reply = nanjing.post("/api/v1/inspection/lots", lot);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(codesByField(reply.body())).containsEntry("hsCode", "E8102").containsEntry("origin", "E8103")
                .containsEntry("bureau", "E8104").containsEntry("consignee", "E8101");
    }

    @Test
    void aThirteenDigitDeclarationCodeIsDecidedOnItsHsCodeWithTheCiqSuffixSplitOff() {
        Map<String, Object> lot = aLot().hs("0802120000101").build();

        Api.Reply decided = nanjing.post("/api/v1/inspection/lots", lot);

        assertThat(decided.status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT hs_code FROM inspection.lots WHERE lot_id = ?").param(lot.get("lotId"))
                .query(String.class).single()).isEqualTo("0802120000");
    }

    @Test
    void hsCodesOfImpossibleLengthsOrChaptersAreRefusedSayingWhy() {
        Api.Reply sevenDigits = nanjing.post("/api/v1/inspection/lots", aLot().hs("0802120").build());
        Api.Reply chapter77 = nanjing.post("/api/v1/inspection/lots", aLot().hs("7702120000").build());

        assertThat(codesByField(sevenDigits.body())).containsEntry("hsCode", "E8102");
        assertThat(sevenDigits.body().toString()).contains("7 位");
        assertThat(codesByField(chapter77.body())).containsEntry("hsCode", "E8102");
        assertThat(chapter77.body().toString()).contains("“77”");
    }

    @Test
    void aBatchWithOneFaultyRowStoresNothingAndNamesTheRow() {
        LotJsonBuilder good = aLot();
        LotJsonBuilder bad = aLot().with("declaredAt", "2026-13-40");

        Api.Reply reply = nanjing.post("/api/v1/inspection/lots/batch",
                Map.of("lots", List.of(good.build(), bad.build(), aLot().build())));

        assertThat(reply.status()).isEqualTo(400);
        JsonNode error = reply.body().get("errors").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(2);
        assertThat(error.get("field").asText()).isEqualTo("declaredAt");
        assertThat(nanjing.get("/api/v1/inspection/lots/" + good.id()).status()).isEqualTo(404);
    }

    @Test
    void aBureauOutsideTheSendersDivisionIsRefusedAndItsLotsAreNotShown() {
        LotJsonBuilder suzhouLot = aLot().at("CIQ-SZ");
        Api suzhou = Api.as(port, staff.inspectorOf("320500"));
        assertThat(suzhou.post("/api/v1/inspection/lots", suzhouLot.build()).status()).isEqualTo(200);

        Api.Reply refused = nanjing.post("/api/v1/inspection/lots", aLot().at("CIQ-SZ").build());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(codesByField(refused.body())).containsEntry("bureau", "E8108");
        assertThat(nanjing.get("/api/v1/inspection/lots/" + suzhouLot.id()).status()).isEqualTo(404);
    }

    @Test
    void integrationClientsActWithTheirOwnRole() {
        StaffUser system = StaffUser.system(new DivisionCode("320000"));
        Staff.Member window = staff.withRoles("320100", Role.DECLARATION_SYSTEM);
        Staff.Member laboratory = staff.withRoles("320100", Role.LABORATORY);
        Api singleWindow = Api.withToken(port, administration.issueToken(system, window.account().id(), "单一窗口"));
        Api lab = Api.withToken(port, administration.issueToken(system, laboratory.account().id(), "实验室"));
        LotJsonBuilder lot = aLot();

        assertThat(singleWindow.post("/api/v1/inspection/lots", lot.build()).status()).isEqualTo(200);
        assertThat(lab.post("/api/v1/inspection/lots", aLot().build()).status()).isEqualTo(403);
        Api.Reply recorded = lab.post("/api/v1/inspection/results", Map.of("lotId", lot.id(), "outcome", "PASS",
                "inspectedOn", BusinessDay.today().toString()));
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.body().get("recordedBy").asText()).isEqualTo(laboratory.username());
    }

    @Test
    void aResultIsRecordedOnceAndAConflictingOneIsRefused() {
        LotJsonBuilder lot = aLot().consignee("C-RESULT");
        nanjing.post("/api/v1/inspection/lots", lot.build());
        Map<String, Object> failed = Map.of("lotId", lot.id(), "outcome", "FAIL", "hazard", "MICROBIOLOGICAL",
                "inspectedOn", BusinessDay.today().toString(), "measurements", List.of(Map.of("item", "菌落总数",
                        "value", "120000", "unit", "CFU/g", "limit", "100000", "standard", "GB 19300-2014")));

        assertThat(nanjing.post("/api/v1/inspection/results", failed).status()).isEqualTo(200);
        assertThat(nanjing.post("/api/v1/inspection/results", failed).status()).as("sent again").isEqualTo(200);
        Api.Reply conflicting = nanjing.post("/api/v1/inspection/results", Map.of("lotId", lot.id(),
                "outcome", "PASS", "inspectedOn", BusinessDay.today().toString()));
        Api.Reply noHazard = nanjing.post("/api/v1/inspection/results", Map.of("lotId", "NO-SUCH-LOT",
                "outcome", "FAIL", "inspectedOn", BusinessDay.today().toString()));

        assertThat(codesByField(conflicting.body())).containsEntry("lotId", "E8202");
        assertThat(codesByField(noHazard.body())).containsEntry("lotId", "E8201");
        JsonNode stored = nanjing.get("/api/v1/inspection/lots/" + lot.id()).body().get("result");
        assertThat(stored.get("hazard").asText()).isEqualTo("MICROBIOLOGICAL");
        assertThat(stored.get("measurements").get(0).get("standard").asText()).isEqualTo("GB 19300-2014");
    }

    @Test
    void theEngineRebuiltFromTheDatabaseEqualsTheOneThatLearntLive() {
        List<Map<String, Object>> lots = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            lots.add(aLot().at("CIQ-LYG").consignee("C-REBUILD-" + (i % 7)).from(i % 3 == 0 ? "VN" : "TH").build());
        }
        JsonNode decided = Api.as(port, staff.inspectorOf("320700")).post("/api/v1/inspection/lots/batch",
                Map.of("lots", lots)).body();
        List<Map<String, Object>> results = new ArrayList<>();
        for (int i = 0; i < decided.size(); i++) {
            boolean fail = i % 4 == 0;
            results.add(fail ? Map.of("lotId", decided.get(i).get("lotId").asText(), "outcome", "FAIL",
                    "hazard", "PESTICIDE_RESIDUE", "inspectedOn", BusinessDay.today().toString())
                    : Map.of("lotId", decided.get(i).get("lotId").asText(), "outcome", "PASS",
                    "inspectedOn", BusinessDay.today().toString()));
        }
        Api lyg = Api.as(port, staff.inspectorOf("320700"));
        assertThat(lyg.post("/api/v1/inspection/results/batch", Map.of("results", results)).status()).isEqualTo(200);
        models.refit(BusinessDay.today());
        var live = models.snapshot(BusinessDay.today());

        host.rebuildNow();

        assertThat(models.snapshot(BusinessDay.today()).differences(live, 1e-9)).isEmpty();
        assertThat(live.resultsLearnt()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void aPastDaysSelectionIsReproducedFromWhatWasStoredAcrossAModelRefit() {
        Api inspector = Api.as(port, staff.inspectorOf("321200")); // Taizhou: CIQ-TZ
        LocalDate first = BusinessDay.today().minusDays(3);
        JsonNode before = declareAtTaizhou(inspector, first, 60);
        List<Map<String, Object>> results = new ArrayList<>();
        for (JsonNode d : before) {
            if (d.get("selected").asBoolean()) {
                results.add(Map.of("lotId", d.get("lotId").asText(), "outcome", "PASS",
                        "inspectedOn", first.toString()));
            }
        }
        assertThat(inspector.post("/api/v1/inspection/results/batch", Map.of("results", results)).status())
                .isEqualTo(200);
        models.refit(first.plusDays(1));
        LocalDate second = first.plusDays(2);
        declareAtTaizhou(inspector, second, 60);

        for (LocalDate day : List.of(first, second)) {
            JsonNode audit = inspector.get("/api/v1/inspection/audit?bureau=CIQ-TZ&day=" + day).body();

            assertThat(audit.get("lots").asInt()).isEqualTo(60);
            assertThat(audit.get("matching").asInt()).as("lots reproduced on %s: %s", day, audit)
                    .isEqualTo(60);
        }
        JsonNode firstDay = inspector.get("/api/v1/inspection/audit?bureau=CIQ-TZ&day=" + first).body();
        assertThat(firstDay.get("selected").asInt()).as("a new bureau inspects its first 20 lots")
                .isGreaterThanOrEqualTo(20);
        JsonNode afterRefit = inspector.get("/api/v1/inspection/audit?bureau=CIQ-TZ&day=" + second).body();
        assertThat(afterRefit.get("checks").get(0).get("modelVersion").asInt()).isPositive();
    }

    @Test
    void aBureauOutsideTheAuditorsDivisionIsNotAudited() {
        Api suzhou = Api.as(port, staff.inspectorOf("320500"));

        assertThat(suzhou.get("/api/v1/inspection/audit?bureau=CIQ-TZ&day=" + BusinessDay.today()).status())
                .isEqualTo(404);
    }

    private static JsonNode declareAtTaizhou(Api inspector, LocalDate day, int lots) {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < lots; i++) {
            batch.add(aLot().at("CIQ-TZ").on(day).consignee("C-AUDIT-" + i % 9).from(i % 3 == 0 ? "TH" : "VN")
                    .hs("0306" + (17 + i % 3) + "0000").build());
        }
        Api.Reply reply = inspector.post("/api/v1/inspection/lots/batch", Map.of("lots", batch));
        assertThat(reply.status()).isEqualTo(200);
        return reply.body();
    }

    private static Map<String, String> codesByField(JsonNode body) {
        Map<String, String> codes = new java.util.HashMap<>();
        for (JsonNode e : body.get("errors")) {
            codes.put(e.get("field").asText(), e.get("code").asText());
        }
        return codes;
    }
}
