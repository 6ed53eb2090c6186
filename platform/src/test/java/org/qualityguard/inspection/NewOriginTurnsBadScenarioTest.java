package org.qualityguard.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityguard.support.LotJsonBuilder.aLot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Api;
import org.qualityguard.support.BusinessDay;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The story of early warning at one bureau: bananas from an origin new to the bureau ship cleanly for a few weeks,
 * then start failing; the warning on origin × heading rises, an analyst confirms it, every later lot from there is
 * inspected, and when passes return the warning decays. (A warning reaches orange only against a baseline of at least
 * 20 inspected lots, so an origin's first lots cannot raise one on their own; the weeks of clean shipments are that
 * baseline.)
 */
@PlatformTest
@org.springframework.test.context.TestPropertySource(properties = "qualityguard.inspection.fixed-seed=20261127")
class NewOriginTurnsBadScenarioTest {

    private static final LocalDate START = BusinessDay.today().minusDays(90);
    private static final String BUREAU = "CIQ-TC";

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    Api inspector;
    final SplittableRandom chance = new SplittableRandom(20261127);

    @Test
    void aNewOriginTurnsBadIsWarnedConfirmedInspectedInFullAndDecaysWhenPassesReturn() {
        Staff staff = new Staff(administration);
        inspector = Api.as(port, staff.inspectorOf("320585"));
        Api analyst = Api.as(port, staff.withRoles("320585", Role.ANALYST));

        // forty quiet days: nuts from established origins, and bananas from Ecuador, new to the bureau
        for (int quiet = 0; quiet < 40; quiet++) {
            declareAndInspect(START.plusDays(quiet), 30, "0802", new String[] {"US", "AU", "TR"}, 0.03);
            declareAndInspect(START.plusDays(quiet), 30, "0803", new String[] {"EC"}, 0.02);
        }
        // then most bananas from Ecuador fail
        String key = null;
        int day = 40;
        for (; day < 68 && key == null; day++) {
            declareAndInspect(START.plusDays(day), 20, "0803", new String[] {"EC"}, 0.6);
            declareAndInspect(START.plusDays(day), 20, "0802", new String[] {"US", "AU", "TR"}, 0.03);
            key = orangeWarningOn("0803", "EC", analyst);
        }
        assertThat(key).as("an orange or red warning on 0803 × EC within 28 days; standing: "
                + analyst.get("/api/v1/inspection/warnings").body()).isNotNull();

        Api.Reply noComment = analyst.post("/api/v1/inspection/warnings/" + key + "/confirm", Map.of("comment", " "));
        assertThat(noComment.status()).isEqualTo(400);
        Api.Reply confirmed = analyst.post("/api/v1/inspection/warnings/" + key + "/confirm",
                Map.of("comment", "厄瓜多尔香蕉连续检出不合格，确认预警"));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.body().get("confirmed").asBoolean()).isTrue();
        String level = confirmed.body().get("level").asText();

        List<JsonNode> next = declare(START.plusDays(day), 15, "0803", new String[] {"EC"});
        assertThat(next).allSatisfy(d -> {
            assertThat(d.get("selected").asBoolean()).isTrue();
            assertThat(d.get("reason").asText()).isIn("MANDATORY_WARNING", "EXPLORATION");
        });

        // the exporter corrects its process: every inspected lot passes again
        inspect(next, 0.0, START.plusDays(day + 1));
        for (int later = day + 1; later < day + 12; later++) {
            declareAndInspect(START.plusDays(later), 15, "0803", new String[] {"EC"}, 0.0);
        }
        JsonNode after = analyst.get("/api/v1/inspection/warnings/" + key).body();
        Api.Reply gone = analyst.get("/api/v1/inspection/warnings/" + key);
        if (gone.status() == 200) {
            assertThat(levelRank(after.get("level").asText())).as("decayed from " + level)
                    .isLessThan(levelRank(level));
        } else {
            assertThat(gone.status()).as("the warning ended").isEqualTo(404);
        }
    }

    private static int levelRank(String level) {
        return List.of("NONE", "BLUE", "YELLOW", "ORANGE", "RED").indexOf(level);
    }

    private String orangeWarningOn(String heading, String origin, Api analyst) {
        for (JsonNode w : analyst.get("/api/v1/inspection/warnings").body()) {
            if (heading.equals(w.path("hsPrefix").asText()) && origin.equals(w.path("origin").asText())
                    && levelRank(w.get("level").asText()) >= levelRank("ORANGE")) {
                return w.get("key").asText();
            }
        }
        return null;
    }

    private void declareAndInspect(LocalDate day, int lots, String heading, String[] origins, double failRate) {
        inspect(declare(day, lots, heading, origins), failRate, day);
    }

    private List<JsonNode> declare(LocalDate day, int lots, String heading, String[] origins) {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < lots; i++) {
            // lot ids fixed by the story, as the day seeds are: the exploration draw follows from them
            String lotId = "TC-" + java.time.temporal.ChronoUnit.DAYS.between(START, day) + "-" + heading + "-" + i;
            batch.add(aLot().with("lotId", lotId).at(BUREAU).on(day)
                    .hs(heading + "90" + (10 + chance.nextInt(80)) + "00")
                    .from(origins[chance.nextInt(origins.length)]).consignee("C-TC-" + chance.nextInt(12))
                    .with("manufacturer", "M-" + heading + "-" + chance.nextInt(6)).build());
        }
        Api.Reply reply = inspector.post("/api/v1/inspection/lots/batch", Map.of("lots", batch));
        assertThat(reply.status()).isEqualTo(200);
        List<JsonNode> decided = new ArrayList<>();
        reply.body().forEach(decided::add);
        return decided;
    }

    private void inspect(List<JsonNode> decided, double failRate, LocalDate on) {
        List<Map<String, Object>> results = new ArrayList<>();
        for (JsonNode d : decided) {
            if (d.get("selected").asBoolean()) {
                boolean fail = chance.nextDouble() < failRate;
                results.add(fail ? Map.of("lotId", d.get("lotId").asText(), "outcome", "FAIL",
                        "hazard", "PESTICIDE_RESIDUE", "inspectedOn", on.toString())
                        : Map.of("lotId", d.get("lotId").asText(), "outcome", "PASS", "inspectedOn", on.toString()));
            }
        }
        if (!results.isEmpty()) {
            assertThat(inspector.post("/api/v1/inspection/results/batch", Map.of("results", results)).status())
                    .isEqualTo(200);
        }
    }
}
