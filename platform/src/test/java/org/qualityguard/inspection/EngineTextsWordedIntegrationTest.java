package org.qualityguard.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityguard.support.LotJsonBuilder.aLot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Api;
import org.qualityguard.support.Browser;
import org.qualityguard.support.BusinessDay;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What the engine and the selection audit say reaches the reader in the reader's language: a bureau whose shrimp
 * consignee keeps failing has scorecards, mandatory claims and warnings to show, and every page of the risk part,
 * in Chinese and in English, words them from message keys — no unresolved key, none of the engine's old English.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineTextsWordedIntegrationTest {

    private static final String BUREAU = "CIQ-YZ";
    private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");
    /** Phrases of the readings the engine used to write in English. */
    private static final List<String> OLD_ENGLISH = List.of("% failed of", "half-life", "its parents suggest",
            "an unremarkable lot (", "failed lots of", " inspected (");

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    Browser analyst;
    String badLot;
    String warningKey;
    LocalDate today;

    @BeforeAll
    void aBureauWhoseShrimpConsigneeKeepsFailing() {
        Staff staff = new Staff(administration);
        Api inspector = Api.as(port, staff.inspectorOf("321000"));
        SplittableRandom chance = new SplittableRandom(15);
        today = BusinessDay.today();
        // a quiet week, the baseline a warning is measured against, then the shrimp start failing
        for (int ago = 11; ago >= 1; ago--) {
            LocalDate day = today.minusDays(ago);
            List<Map<String, Object>> lots = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                boolean shrimp = i % 2 == 0;
                lots.add(aLot().with("lotId", "ET-" + day + "-" + i).at(BUREAU).on(day)
                        .hs(shrimp ? "0306171900" : "0802120000").from(shrimp ? "IN" : "US")
                        .consignee(shrimp ? "词条测试海产品公司" : "词条测试坚果公司" + i % 4)
                        .with("manufacturer", shrimp ? "IN-0306-ET" : "US-0802-ET").build());
            }
            List<Map<String, Object>> results = new ArrayList<>();
            for (JsonNode d : inspector.post("/api/v1/inspection/lots/batch", Map.of("lots", lots)).body()) {
                boolean shrimp = d.get("lotId").asText().matches(".*-\\d*[02468]$");
                boolean fail = chance.nextDouble() < (shrimp && ago <= 4 ? 0.7 : 0.03);
                results.add(fail ? Map.of("lotId", d.get("lotId").asText(), "outcome", "FAIL",
                        "hazard", "VETERINARY_DRUG", "inspectedOn", day.toString())
                        : Map.of("lotId", d.get("lotId").asText(), "outcome", "PASS", "inspectedOn", day.toString()));
            }
            assertThat(inspector.post("/api/v1/inspection/results/batch", Map.of("results", results)).status())
                    .isEqualTo(200);
        }
        List<Map<String, Object>> lots = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lots.add(aLot().with("lotId", "ET-" + today + "-" + i).at(BUREAU).on(today).hs("0306171900")
                    .from("IN").consignee("词条测试海产品公司").with("manufacturer", "IN-0306-ET").build());
        }
        JsonNode decided = inspector.post("/api/v1/inspection/lots/batch", Map.of("lots", lots)).body();
        badLot = decided.get(0).get("lotId").asText();
        Api analystApi = Api.as(port, staff.withRoles("321000", Role.ANALYST, Role.INSPECTOR));
        for (JsonNode w : analystApi.get("/api/v1/inspection/warnings").body()) {
            if ("0306".equals(w.path("hsPrefix").asText()) || "词条测试海产品公司".equals(w.path("consignee").asText())) {
                warningKey = w.get("key").asText();
            }
        }
        analyst = new Browser(port).signIn(staff.withRoles("321000", Role.ANALYST, Role.INSPECTOR));
    }

    private List<String> pages() {
        List<String> pages = new ArrayList<>(List.of("/console/inspection/lots/" + badLot,
                "/console/inspection/worklist?bureau=" + BUREAU + "&day=" + today,
                "/console/inspection/audit?bureau=" + BUREAU + "&day=" + today,
                "/console/inspection/warnings"));
        if (warningKey != null) {
            pages.add("/console/inspection/warnings/" + warningKey);
        }
        return pages;
    }

    @Test
    void noRiskPageShowsAnUnresolvedMessageKeyOrTheEnginesOldEnglishInEitherLanguage() {
        assertThat(warningKey).as("the failing shrimp raised a warning").isNotNull();
        for (String lang : List.of("zh_CN", "en")) {
            for (String path : pages()) {
                Browser.Page page = analyst.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                assertThat(page.status()).as(path).isEqualTo(200);
                Matcher unresolved = UNRESOLVED.matcher(page.html());
                assertThat(unresolved.find()).as("%s (%s) shows %s", path, lang,
                        unresolved.find(0) ? unresolved.group() : "").isFalse();
                assertThat(page.html()).as("%s (%s)", path, lang).doesNotContain(OLD_ENGLISH);
            }
        }
    }

    @Test
    void theLotsScorecardSaysWhatWasSeenInTheInspectorsWordsWithTheRestFolded() {
        String zh = analyst.get("/console/inspection/lots/" + badLot + "?lang=zh_CN").html();
        assertThat(zh).contains("收货人", "近180天", "批中", "不合格（", "高于同类", "id=\"scorecard-folded\"",
                "<details>", "其他 ");
        assertThat(zh).doesNotContain("JOINT_EFFECTS");
        String en = analyst.get("/console/inspection/lots/" + badLot + "?lang=en").html();
        assertThat(en).contains("in the last 180 days", "failed of", "above the").doesNotContain("近180天");
    }

    @Test
    void theAuditWordsAMandatoryClaimsGroundsInTheReadersLanguage() {
        String zh = analyst.get("/console/inspection/audit?bureau=" + BUREAU + "&day=" + today + "&lang=zh_CN")
                .html();
        assertThat(zh).contains("暂停放行").contains("词条测试海产品公司");
        String en = analyst.get("/console/inspection/audit?bureau=" + BUREAU + "&day=" + today + "&lang=en").html();
        assertThat(en).contains("release suspended");
    }

    @Test
    void theApiGivesEachFactorItsKeyArgumentsAndTextInTheRequestsLanguage() {
        JsonNode lot = Api.as(port, new Staff(administration).inspectorOf("321000"))
                .get("/api/v1/inspection/lots/" + badLot).body();
        int points = 0;
        for (JsonNode f : lot.get("scorecard")) {
            assertThat(f.get("messageKey").asText()).startsWith("risk.reading.");
            assertThat(f.get("text").asText()).doesNotContain("??");
            assertThat(f.get("factor").asText()).doesNotStartWith("JOINT_EFFECTS");
            points += f.get("points").asInt();
        }
        assertThat(points).isEqualTo(lot.get("score").asInt());
        assertThat(lot.get("scorecard").findValues("arguments")).anySatisfy(a ->
                assertThat(a.toString()).contains("\"kind\":\"CONSIGNEE\""));
    }
}
