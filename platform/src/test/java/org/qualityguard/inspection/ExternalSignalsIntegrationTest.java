package org.qualityguard.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityguard.support.LotJsonBuilder.aLot;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityguard.identity.Role;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.inspection.engine.EngineHost;
import org.qualityguard.support.Api;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PlatformTest
class ExternalSignalsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    EngineHost host;
    @Autowired
    JdbcClient jdbc;

    Staff staff;
    Api inspector;
    Api partner;

    @BeforeEach
    void signIn() {
        staff = new Staff(administration);
        inspector = Api.as(port, staff.inspectorOf("320100"));
        partner = Api.as(port, staff.withRoles("320000", Role.PARTNER));
    }

    private static Map<String, Object> aSignal(String id, String consignee) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("cellKind", "CONSIGNEE");
        s.put("consignee", consignee);
        s.put("kind", "PARTNER_NOTIFICATION");
        s.put("strength", 1.0);
        return s;
    }

    private JsonNode decide(String consignee) {
        Api.Reply reply = inspector.post("/api/v1/inspection/lots", aLot().consignee(consignee).build());
        assertThat(reply.status()).isEqualTo(200);
        return reply.body();
    }

    private static JsonNode line(JsonNode decision, String factor) {
        for (JsonNode f : decision.get("scorecard")) {
            if (f.get("factor").asText().equals(factor)) {
                return f;
            }
        }
        return null;
    }

    @Test
    void aPartnerNotificationOnAConsigneeRaisesTheScoreOfItsNextLotWithTheNotificationsLine() {
        String consignee = "C-SIGNAL-" + System.nanoTime();
        decide(consignee); // its first lot: the next is neither a new consignee nor a first import
        JsonNode before = decide(consignee);

        Api.Reply posted = partner.post("/api/v1/inspection/signals", aSignal("PN-" + consignee, consignee));
        JsonNode after = decide(consignee);

        assertThat(posted.status()).isEqualTo(200);
        assertThat(line(before, "PARTNER_NOTIFICATION")).isNull();
        JsonNode notified = line(after, "PARTNER_NOTIFICATION");
        assertThat(notified).isNotNull();
        assertThat(notified.get("points").asInt()).isPositive();
        assertThat(after.get("score").asInt()).isEqualTo(before.get("score").asInt() + notified.get("points").asInt());
        assertThat(jdbc.sql("SELECT count(*) FROM identity.audit_entry WHERE action = 'EXTERNAL_SIGNAL_RECORDED' "
                + "AND subject_id = ?").param("PN-" + consignee).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aRebuiltEngineStillSeesTheSignal() {
        String consignee = "C-REBUILT-" + System.nanoTime();
        decide(consignee);
        partner.post("/api/v1/inspection/signals", aSignal("PN-" + consignee, consignee));

        host.rebuildNow();

        assertThat(line(decide(consignee), "PARTNER_NOTIFICATION")).isNotNull();
    }

    @Test
    void theSameSignalPostedTwiceIsStoredOnceAndADifferentOneUnderItsIdIsRefused() {
        String consignee = "C-TWICE-" + System.nanoTime();
        Map<String, Object> signal = aSignal("PN-" + consignee, consignee);

        Api.Reply first = partner.post("/api/v1/inspection/signals", signal);
        Api.Reply again = partner.post("/api/v1/inspection/signals", signal);
        signal.put("strength", 0.5);
        Api.Reply changed = partner.post("/api/v1/inspection/signals", signal);

        assertThat(first.body().get("repeated").asBoolean()).isFalse();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("repeated").asBoolean()).isTrue();
        assertThat(changed.status()).isEqualTo(400);
        assertThat(codesByField(changed.body())).containsEntry("id", "E8331");
        assertThat(jdbc.sql("SELECT count(*) FROM inspection.external_signals WHERE signal_id = ?")
                .param("PN-" + consignee).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aBadSignalIsRefusedFieldByFieldAndABatchNamesTheRow() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("cellKind", "HEADING_ORIGIN");
        bad.put("hsHeading", "08");
        bad.put("origin", "usa");
        bad.put("kind", "RUMOUR");
        bad.put("strength", 1.5);
        bad.put("receivedOn", "2999-01-01");

        Api.Reply single = partner.post("/api/v1/inspection/signals", bad);
        Api.Reply batch = partner.post("/api/v1/inspection/signals/batch",
                Map.of("signals", List.of(aSignal("OK-" + System.nanoTime(), "C-OK"), Map.of("id", "X",
                        "cellKind", "HS_CHAPTER", "kind", "PARTNER_NOTIFICATION", "strength", 1))));

        assertThat(single.status()).isEqualTo(400);
        assertThat(codesByField(single.body())).containsEntry("id", "E8320").containsEntry("hsHeading", "E8322")
                .containsEntry("origin", "E8323").containsEntry("kind", "E8326").containsEntry("strength", "E8327")
                .containsEntry("receivedOn", "E8328");
        assertThat(batch.status()).isEqualTo(400);
        JsonNode error = batch.body().get("errors").get(0);
        assertThat(error.get("code").asText()).isEqualTo("E8321");
        assertThat(error.get("field").asText()).isEqualTo("cellKind");
        assertThat(error.get("row").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM inspection.external_signals WHERE consignee = 'C-OK'")
                .query(Long.class).single()).as("all or nothing").isZero();
    }

    @Test
    void anInspectorMayNotRecordASignal() {
        Api.Reply reply = inspector.post("/api/v1/inspection/signals", aSignal("IN-" + System.nanoTime(), "C-X"));

        assertThat(reply.status()).isEqualTo(403);
    }

    private static Map<String, String> codesByField(JsonNode body) {
        Map<String, String> codes = new HashMap<>();
        for (JsonNode e : body.get("errors")) {
            codes.put(e.get("field").asText(), e.get("code").asText());
        }
        return codes;
    }
}
