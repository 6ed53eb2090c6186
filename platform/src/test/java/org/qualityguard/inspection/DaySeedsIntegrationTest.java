package org.qualityguard.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityguard.support.LotJsonBuilder.aLot;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.risk.DrawKey;
import org.qualityguard.support.Api;
import org.qualityguard.support.Browser;
import org.qualityguard.support.LotJsonBuilder;
import org.qualityguard.support.MovableClock;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A bureau's day's draws are keyed with a secret: while the day lasts, declaring systems and staff see only its
 * SHA-256; after the day the selection audit reveals it, and anyone can check it and redo the draws.
 */
@PlatformTest
class DaySeedsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    DaySeeds seeds;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    Staff staff;

    @BeforeEach
    void staff() {
        staff = new Staff(administration);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aDaysSeedIsNotDisclosedBeforeTheDayIsOver() {
        Staff.Member nanjing = staff.inspectorOf("320100");
        Api api = Api.as(port, nanjing);
        LocalDate today = seeds.today();
        LotJsonBuilder lot = aLot().at("CIQ-NJ").on(today);

        JsonNode decision = api.post("/api/v1/inspection/lots", lot.build()).body();
        String secret = secretOf("CIQ-NJ", today);

        assertThat(decision.get("seedCommitment").asText()).isEqualTo(sha256(secret));
        assertThat(decision.toString()).doesNotContain(secret);
        JsonNode published = api.get("/api/v1/inspection/seeds?bureau=CIQ-NJ&day=" + today).body();
        assertThat(published.get("commitment").asText()).isEqualTo(sha256(secret));
        assertThat(published.get("seed").isNull()).isTrue();
        assertThat(api.get("/api/v1/inspection/lots/" + lot.id()).body().toString()).doesNotContain(secret);
        assertThat(api.get("/api/v1/inspection/worklist?bureau=CIQ-NJ&day=" + today).body().toString())
                .doesNotContain(secret);
        assertThat(api.get("/api/v1/inspection/audit?bureau=CIQ-NJ&day=" + today).body().toString())
                .doesNotContain(secret).contains(sha256(secret));
        Browser console = new Browser(port).signIn(nanjing);
        assertThat(console.get("/console/inspection/lots/" + lot.id()).html())
                .doesNotContain(secret).contains(sha256(secret));
        assertThat(console.get("/console/inspection/audit?bureau=CIQ-NJ&day=" + today).html())
                .doesNotContain(secret).contains(sha256(secret));
    }

    @Test
    void thePublishedCommitmentMatchesTheRevealedSeed() throws Exception {
        Api api = Api.as(port, staff.inspectorOf("320800")); // Huai'an: CIQ-HA
        LocalDate today = seeds.today();
        String committed = api.get("/api/v1/inspection/seeds?bureau=CIQ-HA&day=" + today).body()
                .get("commitment").asText();
        api.post("/api/v1/inspection/lots", aLot().at("CIQ-HA").on(today).build());

        clock.advance(Duration.ofDays(1));
        JsonNode revealed = api.get("/api/v1/inspection/seeds?bureau=CIQ-HA&day=" + today).body();

        assertThat(revealed.get("commitment").asText()).isEqualTo(committed);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(HexFormat.of().parseHex(revealed.get("seed").asText())))).isEqualTo(committed);
    }

    @Test
    void theSelectionAuditReproducesAPastDayFromTheRevealedSeed() {
        Api api = Api.as(port, staff.inspectorOf("321300")); // Suqian: CIQ-SQ
        LocalDate today = seeds.today();
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            batch.add(aLot().at("CIQ-SQ").on(today).consignee("C-SEED-" + i % 7).build());
        }
        assertThat(api.post("/api/v1/inspection/lots/batch", Map.of("lots", batch)).status()).isEqualTo(200);

        clock.advance(Duration.ofDays(1));
        JsonNode audit = api.get("/api/v1/inspection/audit?bureau=CIQ-SQ&day=" + today).body();

        assertThat(audit.get("matching").asInt()).isEqualTo(audit.get("lots").asInt());
        JsonNode seed = audit.get("seeds").get(0);
        assertThat(seed.get("seed").isString()).as("revealed: %s", seed).isTrue();
        DrawKey revealed = DrawKey.ofHex(seed.get("seed").asText());
        assertThat(revealed.commitment()).isEqualTo(seed.get("commitment").asText());
        // every lot had the same chance of exploration: the exploration share of the bureau's capacity
        double share = audit.get("explorationShare").asDouble() * audit.get("capacityShare").asDouble();
        for (JsonNode check : audit.get("checks")) {
            double draw = revealed.exploration(check.get("lotId").asText());
            assertThat(check.get("explorationDraw").asDouble()).isEqualTo(draw);
            assertThat(check.get("storedReason").asText().equals("EXPLORATION")).as("%s", check)
                    .isEqualTo(draw < share);
        }
        assertThat(audit.get("checks").size()).isGreaterThanOrEqualTo(80);
    }

    @Test
    void aLotDeclaredForADayAlreadyOverDrawsWithTheSecretOfTheDayItIsDecided() {
        Api api = Api.as(port, staff.inspectorOf("320100"));
        LocalDate today = seeds.today();
        LotJsonBuilder late = aLot().at("CIQ-NJ").on(today.minusDays(5));

        JsonNode decision = api.post("/api/v1/inspection/lots", late.build()).body();

        assertThat(decision.get("drawnOn").asText()).isEqualTo(today.toString());
        assertThat(decision.get("seedCommitment").asText()).isEqualTo(sha256(secretOf("CIQ-NJ", today)));
    }

    private String secretOf(String bureau, LocalDate day) {
        return jdbc.sql("SELECT encode(secret, 'hex') FROM inspection.selection_days WHERE bureau = ? "
                + "AND declared_on = ?").params(bureau, day).query(String.class).single();
    }

    private static String sha256(String secretHex) {
        return DrawKey.ofHex(secretHex).commitment();
    }
}
