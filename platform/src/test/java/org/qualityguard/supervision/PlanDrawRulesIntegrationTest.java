package org.qualityguard.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.InspectorPool;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.support.Api;
import org.qualityguard.support.Browser;
import org.qualityguard.support.BusinessDay;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.qualityguard.support.SupervisedDivision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The rules that keep "double random" random and "one public" public without leaking: the platform draws the seed,
 * every draw stays on record, the drawer does not approve, and the portal's plan shows neither grades nor inspectors.
 */
@PlatformTest
class PlanDrawRulesIntegrationTest {

    private static final String XINBEI = "320411";
    private static final String WUJIN = "320412";
    private static final String BINHU = "320211";

    private static final String TAIZHOU = "321200";
    private static final String XINGHUA = "321281";
    private static final String JINGJIANG = "321282";

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    InspectorPool pool;

    @Test
    void aCityPlanDrawsForEachEnterpriseOnlyInspectorsWhoseDivisionHoldsIt() {
        Staff staff = new Staff(administration);
        SupervisedDivision xinghua = SupervisedDivision.in(port, staff, XINGHUA).withProducer("BEVERAGES");
        SupervisedDivision jingjiang = SupervisedDivision.in(port, staff, JINGJIANG).withProducer("DAIRY_PRODUCTS");
        Staff.Member cityAnalyst = staff.withRoles(TAIZHOU, Role.ANALYST);
        staff.inspectorOf(TAIZHOU);
        staff.inspectorOf(TAIZHOU);
        Map<String, String> divisionOf = Map.of(xinghua.producer(), XINGHUA, jingjiang.producer(), JINGJIANG);

        Api.Reply drawn = Api.as(port, cityAnalyst).post("/api/v1/supervision/plans",
                Map.of("division", TAIZHOU, "year", BusinessDay.today().getYear() + 3));

        assertThat(drawn.status()).isEqualTo(201);
        int checked = 0;
        for (JsonNode i : drawn.body().get("inspections")) {
            String enterpriseDivision = divisionOf.get(i.get("creditCode").asString());
            if (enterpriseDivision == null) {
                continue;
            }
            for (InspectorPool.Inspector inspector : pool.byIds(List.of(i.get("inspectorA").asLong(),
                    i.get("inspectorB").asLong()))) {
                assertThat(inspector.division().scope().includes(new DivisionCode(enterpriseDivision)))
                        .as(inspector.username() + " of " + inspector.division() + " for an enterprise in "
                                + enterpriseDivision).isTrue();
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aPlannerCannotChooseTheSeed() {
        SupervisedDivision d = SupervisedDivision.in(port, new Staff(administration), XINBEI).withProducer("BEVERAGES");
        int year = BusinessDay.today().getYear() + 2;

        Api.Reply chosen = d.api(d.analyst).post("/api/v1/supervision/plans",
                Map.of("division", XINBEI, "year", year, "seed", 11));
        assertThat(chosen.status()).isEqualTo(400);
        assertThat(chosen.body().get("errors").get(0).get("code").asString()).isEqualTo("E7330");
        assertThat(chosen.body().get("errors").get(0).get("field").asString()).isEqualTo("seed");

        Api.Reply drawn = d.api(d.analyst).post("/api/v1/supervision/plans", Map.of("division", XINBEI, "year", year));
        assertThat(drawn.status()).isEqualTo(201);
        assertThat(drawn.body().get("seed").asLong()).isNotEqualTo(11L);
        assertThat(new Browser(port).signIn(d.analyst).get("/console/supervision/plans/new").html())
                .contains("id=\"plan-form\"").doesNotContain("name=\"seed\"");
    }

    @Test
    void everyRedrawIsKept() {
        SupervisedDivision d = SupervisedDivision.in(port, new Staff(administration), WUJIN).withProducer("BISCUITS");
        int year = BusinessDay.today().getYear() + 2;
        Api analyst = d.api(d.analyst);
        JsonNode first = analyst.post("/api/v1/supervision/plans", Map.of("division", WUJIN, "year", year)).body();
        JsonNode second = analyst.post("/api/v1/supervision/plans", Map.of("division", WUJIN, "year", year)).body();

        Api.Reply draws = analyst.get("/api/v1/supervision/plans/" + second.get("id").asLong() + "/draws");
        assertThat(draws.status()).isEqualTo(200);
        List<String> seen = new ArrayList<>();
        draws.body().forEach(draw -> seen.add(draw.get("planId").asLong() + ":" + draw.get("seed").asLong() + ":"
                + draw.get("status").asString() + ":" + draw.get("drawnBy").asString()));
        assertThat(seen).containsExactly(
                first.get("id").asLong() + ":" + first.get("seed").asLong() + ":SUPERSEDED:" + d.analyst.username(),
                second.get("id").asLong() + ":" + second.get("seed").asLong() + ":DRAFT:" + d.analyst.username());
        // the superseded draw cannot be approved instead of the latest one
        Api.Reply stale = d.api(d.chief).post("/api/v1/supervision/plans/" + first.get("id").asLong() + "/approve",
                Map.of());
        assertThat(stale.status()).isEqualTo(400);
        assertThat(stale.body().get("errors").get(0).get("code").asString()).isEqualTo("E7307");
        String history = new Browser(port).signIn(d.chief)
                .get("/console/supervision/plans/" + second.get("id").asLong()).html();
        assertThat(history).contains("id=\"plan-draws\"").contains(Long.toString(first.get("seed").asLong()))
                .contains(Long.toString(second.get("seed").asLong())).contains("已重新抽取");
    }

    @Test
    void theDrawerCannotApproveTheirOwnPlan() {
        Staff staff = new Staff(administration);
        SupervisedDivision d = SupervisedDivision.in(port, staff, BINHU).withProducer("CONFECTIONERY");
        Staff.Member drawingChief = staff.withRoles(BINHU, Role.CHIEF, Role.ANALYST);
        Api drawer = Api.as(port, drawingChief);
        long planId = drawer.post("/api/v1/supervision/plans", Map.of("division", BINHU,
                "year", BusinessDay.today().getYear() + 2)).body().get("id").asLong();

        Api.Reply own = drawer.post("/api/v1/supervision/plans/" + planId + "/approve", Map.of());
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.body().get("errors").get(0).get("code").asString()).isEqualTo("E7331");
        assertThat(own.body().get("errors").get(0).get("message").asString()).contains(drawingChief.username());
        assertThat(new Browser(port).signIn(drawingChief).get("/console/supervision/plans/" + planId).html())
                .contains("id=\"own-draw\"").doesNotContain("id=\"approve\"");

        assertThat(d.api(d.chief).post("/api/v1/supervision/plans/" + planId + "/approve", Map.of()).status())
                .isEqualTo(200);
    }

    @Test
    void thePublicPlanCarriesNoGradeOrInspector() throws IOException, InterruptedException {
        Staff staff = new Staff(administration);
        SupervisedDivision d = SupervisedDivision.in(port, staff, BINHU).withProducer("DAIRY_PRODUCTS")
                .withApprovedPlan();
        assertThat(d.api(d.chief).post("/api/v1/supervision/plans/" + d.planId() + "/publish", Map.of()).status())
                .isEqualTo(200);
        JsonNode staffView = d.api(d.chief).get("/api/v1/supervision/plans/" + d.planId()).body();
        String drawnInspector = d.assignedInspector().account().displayName();

        String html = new Browser(port).get("/portal/supervision/plans/" + d.planId()).html();
        assertThat(html).contains(d.producer()).doesNotContain(drawnInspector)
                .doesNotContain(d.assignedInspector().username())
                .doesNotContain(Long.toString(staffView.get("seed").asLong())).doesNotContain("级（");

        HttpResponse<String> json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/portal/supervision/plans/" + d.planId()))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).isEqualTo(406);
        assertThat(json.body()).doesNotContain("inspector").doesNotContain("grade").doesNotContain(d.producer());

        // and the public types have no place for them: what a type cannot carry, no page built from it can show
        for (Class<?> type : new Class<?>[] {PublicPlan.class, PublicPlan.Entry.class, PublicPlan.Unit.class,
            PublicResult.class, PublicResult.Item.class}) {
            assertThat(Arrays.stream(type.getRecordComponents()).map(c -> c.getName().toLowerCase()))
                    .as(type.getSimpleName()).noneMatch(n -> n.contains("grade") || n.contains("inspector")
                            || n.contains("seed") || n.contains("by") || n.contains("finding"));
        }
    }
}
