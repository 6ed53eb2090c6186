package org.qualityguard.supervision;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.qualityguard.supervision.domain.DefaultTables;
import org.qualityguard.supervision.domain.Regime;
import org.qualityguard.supervision.domain.ScoringRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An administrator edits the food table in the console: the save is a new version, grades already given keep the
 * version they were computed with until they are re-graded, the yearly re-grade uses the new version and lifts
 * overrides, and a faulty form names each faulty field without saving anything.
 */
@PlatformTest
class ScoringTableVersionsIntegrationTest {

    private static final String TINGHU = "320902";
    private static final Pattern VERSION = Pattern.compile("name=\"basedOnVersion\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    @Test
    void savingTheTableMakesANewVersionOldGradesKeepTheirsAndTheYearlyRegradeUsesTheNewOne() {
        Staff staff = new Staff(administration);
        SupervisedDivision d = SupervisedDivision.in(port, staff, TINGHU).withProducer("BEVERAGES");
        Api analyst = d.api(d.analyst);
        String code = d.producer();
        // A drink maker serving vulnerable consumers: 10 + 8 static points.
        JsonNode before = analyst.put("/api/v1/supervision/enterprises/" + code + "/facts",
                Map.of("vulnerableConsumers", "YES")).body().get(0);
        assertThat(before.get("staticPoints").asInt()).isEqualTo(18);
        assertThat(analyst.post("/api/v1/supervision/enterprises/" + code + "/override",
                Map.of("grade", "C", "reason", "供应养老机构，临时从严")).status()).isEqualTo(200);

        Browser admin = new Browser(port).signIn(staff.adminOf("320000"));
        Browser.Page form = admin.get("/console/supervision/tables/FOOD");
        int version = version(form);
        Browser.Page saved = admin.post("/console/supervision/tables/FOOD",
                Map.of("basedOnVersion", Integer.toString(version), "rule." + ruleIndex() + ".points", "12"), form);
        assertThat(saved.status()).isEqualTo(302);
        Browser.Page after = admin.get("/console/supervision/tables/FOOD");
        assertThat(version(after)).isEqualTo(version + 1);
        assertThat(after.html()).contains("现行第 " + (version + 1) + " 版");

        JsonNode kept = analyst.get("/api/v1/supervision/enterprises/" + code + "/grades").body().get(0);
        assertThat(kept.get("tableVersion").asInt()).isEqualTo(before.get("tableVersion").asInt());
        assertThat(kept.get("staticPoints").asInt()).isEqualTo(18);

        assertThat(d.api(d.chief).post("/api/v1/supervision/regrade", Map.of("division", TINGHU)).status())
                .isEqualTo(200);
        JsonNode regraded = analyst.get("/api/v1/supervision/enterprises/" + code + "/grades").body().get(0);
        assertThat(regraded.get("tableVersion").asInt()).isEqualTo(version + 1);
        assertThat(regraded.get("staticPoints").asInt()).isEqualTo(22);
        assertThat(regraded.get("grade").asString()).isEqualTo("A");
        assertThat(regraded.get("overrideReason").isNull()).isTrue();

        String history = admin.get("/console/supervision/enterprises/" + code).html();
        assertThat(history).contains("YEARLY").contains("OVERRIDE");
    }

    @Test
    void aFaultyTableFormNamesEachFieldAndSavesNothing() {
        Browser admin = new Browser(port).signIn(new Staff(administration).adminOf("320000"));
        Browser.Page form = admin.get("/console/supervision/tables/SPECIAL_EQUIPMENT");
        int version = version(form);

        Browser.Page refused = admin.post("/console/supervision/tables/SPECIAL_EQUIPMENT", Map.of(
                "basedOnVersion", Integer.toString(version), "band.B", "abc", "frequency.C.max", "1",
                "rule.0.points", "-3"), form);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("评分表有误，未保存").contains("“abc”不是零或正整数。")
                .contains("每年最多检查次数（1）少于最少次数（2）。").contains("“-3”不是零或正整数。");
        assertThat(version(admin.get("/console/supervision/tables/SPECIAL_EQUIPMENT"))).isEqualTo(version);
    }

    @Test
    void onlyAnAdministratorSavesATable() {
        Browser inspector = new Browser(port).signIn(new Staff(administration).inspectorOf(TINGHU));
        Browser.Page form = inspector.get("/console/supervision/tables/FOOD");
        assertThat(form.html()).doesNotContain("type=\"submit\" th").doesNotContain("保存为新版本");
        Browser.Page refused = inspector.post("/console/supervision/tables/FOOD",
                Map.of("basedOnVersion", Integer.toString(version(form)), "staticCap", "1"), form);
        assertThat(refused.status()).isEqualTo(403);
    }

    private static int version(Browser.Page page) {
        Matcher m = VERSION.matcher(page.html());
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static int ruleIndex() {
        var rules = DefaultTables.of(Regime.FOOD).rules();
        for (int i = 0; i < rules.size(); i++) {
            ScoringRule r = rules.get(i);
            if (r.factor().equals("vulnerableConsumers")) {
                return i;
            }
        }
        throw new IllegalStateException("no vulnerableConsumers rule");
    }
}
