package org.qualityguard.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityguard.support.LotJsonBuilder.aLot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Api;
import org.qualityguard.support.BusinessDay;
import org.qualityguard.support.Browser;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A warning whose evidence comes from several divisions is the concern of the division that contains them all: a
 * city analyst sees it (their own lots by id, the others' only as counts) and may comment, but confirming or
 * dismissing it, which changes what every city inspects, is for the province. Each warning here is raised on a
 * consignee of its own by failed lots at the bureaus named.
 */
@PlatformTest
class WarningDecisionLevelIntegrationTest {

    private static final AtomicInteger CONSIGNEES = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    JdbcClient jdbc;

    Staff staff;
    Api provinceInspector;
    Api provinceAnalyst;
    Staff.Member suzhouAnalyst;

    @BeforeEach
    void staff() {
        staff = new Staff(administration);
        provinceInspector = Api.as(port, staff.inspectorOf("320000"));
        provinceAnalyst = Api.as(port, staff.withRoles("320000", Role.ANALYST));
        suzhouAnalyst = staff.withRoles("320500", Role.ANALYST);
    }

    /** A raised warning: its key and the failed lots behind it per bureau. */
    record Raised(String key, Map<String, List<String>> lotsByBureau) {
    }

    @Test
    void aCityAnalystCannotDecideAWarningSpanningCitiesButCanComment() {
        Raised w = warningAt("CIQ-NJ", "CIQ-LYG", "CIQ-SZ", "CIQ-TC");
        Api suzhou = Api.as(port, suzhouAnalyst);

        Api.Reply dismissed = suzhou.post(path(w) + "/dismiss", Map.of("comment", "苏州口岸认为是误报"));

        assertThat(dismissed.status()).isEqualTo(403);
        assertThat(dismissed.body().get("errors").get(0).get("code").asString()).isEqualTo("E9030");
        assertThat(provinceAnalyst.get(path(w)).status()).as("still standing for the province").isEqualTo(200);
        assertThat(refusals(suzhouAnalyst.username())).singleElement().asString()
                .contains("DECIDE_WARNING", "\"dataDivision\":\"320000\"");

        Api.Reply commented = suzhou.post(path(w) + "/comments",
                Map.of("comment", "<script>alert(1)</script>苏州口岸同类货物也有检出"));
        assertThat(commented.status()).isEqualTo(200);
        assertThat(commented.body().get("comments")).singleElement().satisfies(c -> {
            assertThat(c.get("comment").asString()).isEqualTo("<script>alert(1)</script>苏州口岸同类货物也有检出");
            assertThat(c.get("by").asString()).isEqualTo(suzhouAnalyst.username());
            assertThat(c.get("division").asString()).isEqualTo("320500");
        });
        assertThat(jdbc.sql("SELECT count(*) FROM identity.audit_entry WHERE action = 'WARNING_COMMENTED' "
                + "AND subject_id = ? AND actor = ?").params(w.key(), suzhouAnalyst.username())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(provinceAnalyst.get(path(w)).body().get("comments")).hasSize(1);

        Browser.Page page = new Browser(port).signIn(suzhouAnalyst).get("/console/inspection/warnings/" + w.key());
        assertThat(page.html()).contains("id=\"comments\"", "&lt;script&gt;alert(1)&lt;/script&gt;", "id=\"decided-at\"",
                "id=\"comment-form\"").doesNotContain("<script>alert(1)", "id=\"dismiss-form\"");
    }

    @Test
    void aCityAnalystCommentsInTheConsole() {
        Raised w = warningAt("CIQ-NJ", "CIQ-SZ");
        Browser suzhou = new Browser(port).signIn(suzhouAnalyst);
        Browser.Page form = suzhou.get("/console/inspection/warnings/" + w.key());

        Browser.Page posted = suzhou.post("/console/inspection/warnings/" + w.key() + "/comments",
                Map.of("comment", "南京口岸的检出批次与我市同一收货人"), form);

        assertThat(posted.status()).isEqualTo(302);
        assertThat(suzhou.get("/console/inspection/warnings/" + w.key()).html()).contains("南京口岸的检出批次与我市同一收货人");
    }

    @Test
    void theProvinceAnalystDecidesIt() {
        Raised w = warningAt("CIQ-NJ", "CIQ-LYG", "CIQ-SZ", "CIQ-TC");

        Api.Reply dismissed = provinceAnalyst.post(path(w) + "/dismiss", Map.of("comment", "全省核查后排除"));

        assertThat(dismissed.status()).isEqualTo(200);
        assertThat(provinceAnalyst.get(path(w)).status()).isEqualTo(404);
    }

    @Test
    void aWarningWithinOneCityIsDecidedInThatCityButNotByOneOfItsCounties() {
        Raised w = warningAt("CIQ-SZ", "CIQ-TC");
        Staff.Member taicang = staff.withRoles("320585", Role.ANALYST);

        assertThat(Api.as(port, taicang).get(path(w)).body().get("decidedAt").asString()).isEqualTo("320500");
        assertThat(Api.as(port, taicang).post(path(w) + "/dismiss", Map.of("comment", "太仓认为是误报")).status())
                .isEqualTo(403);
        assertThat(Api.as(port, suzhouAnalyst).post(path(w) + "/dismiss", Map.of("comment", "苏州核查后排除"))
                .status()).isEqualTo(200);
    }

    @Test
    void aWarningShowsOtherDivisionsEvidenceOnlyAsCounts() {
        Raised w = warningAt("CIQ-NJ", "CIQ-LYG", "CIQ-SZ");
        Api suzhou = Api.as(port, suzhouAnalyst);

        JsonNode one = suzhou.get(path(w)).body();
        JsonNode listed = null;
        for (JsonNode x : suzhou.get("/api/v1/inspection/warnings").body()) {
            if (x.get("key").asString().equals(w.key())) {
                listed = x;
            }
        }

        assertThat(listed).isNotNull();
        for (JsonNode warning : List.of(one, listed)) {
            assertThat(ids(warning.get("evidenceLotIds"))).isEqualTo(new TreeSet<>(w.lotsByBureau().get("CIQ-SZ")));
            assertThat(warning.get("evidenceElsewhere").get("320100").asInt()).isEqualTo(2);
            assertThat(warning.get("evidenceElsewhere").get("320700").asInt()).isEqualTo(2);
            assertThat(warning.get("decidedAt").asString()).isEqualTo("320000");
            assertThat(warning.toString()).doesNotContain(w.lotsByBureau().get("CIQ-NJ").get(0),
                    w.lotsByBureau().get("CIQ-LYG").get(0));
        }
        String page = new Browser(port).signIn(suzhouAnalyst).get("/console/inspection/warnings/" + w.key()).html();
        assertThat(page).contains(w.lotsByBureau().get("CIQ-SZ").get(0), "id=\"evidence-elsewhere\"")
                .doesNotContain(w.lotsByBureau().get("CIQ-NJ").get(0), w.lotsByBureau().get("CIQ-LYG").get(0));
        assertThat(ids(provinceAnalyst.get(path(w)).body().get("evidenceLotIds"))).hasSize(6);
    }

    @Test
    void readingAnotherDivisionsWarningIsOnTheAuditTrail() {
        Raised w = warningAt("CIQ-NJ");
        Staff.Member wuxi = staff.withRoles("320200", Role.ANALYST);

        Api.Reply read = Api.as(port, wuxi).get(path(w));

        assertThat(read.status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT after_state FROM identity.audit_entry WHERE action = 'ACCESS_DENIED' "
                        + "AND subject_type = 'risk-warning' AND subject_id = ? AND actor = ?")
                .params(w.key(), wuxi.username()).query(String.class).list())
                .singleElement().asString().contains("READ", "\"actorDivision\":\"320200\"");
    }

    @Test
    void aCommentIsRequiredAndBounded() {
        Raised w = warningAt("CIQ-SZ");
        Api suzhou = Api.as(port, suzhouAnalyst);

        Api.Reply empty = suzhou.post(path(w) + "/comments", Map.of("comment", "  "));
        Api.Reply tooLong = suzhou.post(path(w) + "/comments", Map.of("comment", "长".repeat(2001)));

        assertThat(empty.body().get("errors").get(0).get("code").asString()).isEqualTo("E8301");
        assertThat(tooLong.body().get("errors").get(0).get("code").asString()).isEqualTo("E8305");
        assertThat(suzhou.get(path(w)).body().get("comments")).isEmpty();
    }

    /**
     * Six failed lots (at least two at each bureau), all for one new consignee: enough for a warning on that
     * consignee, which four are not.
     */
    private Raised warningAt(String... bureaus) {
        String consignee = "C-SPAN-" + CONSIGNEES.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
        LocalDate today = BusinessDay.today();
        Map<String, List<String>> lotsByBureau = new LinkedHashMap<>();
        List<Map<String, Object>> lots = new ArrayList<>();
        for (String bureau : bureaus) {
            for (int i = 0; i < Math.max(2, (6 + bureaus.length - 1) / bureaus.length); i++) {
                Map<String, Object> lot = aLot().at(bureau).on(today).hs("0811909000").from("NZ")
                        .consignee(consignee).build();
                lots.add(lot);
                lotsByBureau.computeIfAbsent(bureau, b -> new ArrayList<>()).add((String) lot.get("lotId"));
            }
        }
        assertThat(provinceInspector.post("/api/v1/inspection/lots/batch", Map.of("lots", lots)).status())
                .isEqualTo(200);
        List<Map<String, Object>> results = lots.stream().map(l -> Map.<String, Object>of("lotId", l.get("lotId"),
                "outcome", "FAIL", "hazard", "PESTICIDE_RESIDUE", "inspectedOn", today.toString())).toList();
        assertThat(provinceInspector.post("/api/v1/inspection/results/batch", Map.of("results", results)).status())
                .isEqualTo(200);
        for (JsonNode warning : provinceAnalyst.get("/api/v1/inspection/warnings").body()) {
            if ("CONSIGNEE".equals(warning.get("cellKind").asString())
                    && consignee.equals(warning.path("consignee").asString())) {
                return new Raised(warning.get("key").asString(), lotsByBureau);
            }
        }
        throw new AssertionError("no warning on " + consignee);
    }

    private static String path(Raised w) {
        return "/api/v1/inspection/warnings/" + w.key();
    }

    private static Set<String> ids(JsonNode array) {
        Set<String> ids = new TreeSet<>();
        array.forEach(n -> ids.add(n.asString()));
        return ids;
    }

    private List<String> refusals(String actor) {
        return jdbc.sql("SELECT after_state FROM identity.audit_entry WHERE action = 'ACCESS_DENIED' AND actor = ? "
                + "ORDER BY id").params(actor).query(String.class).list();
    }
}
