package org.qualityguard.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityguard.support.LotJsonBuilder.aLot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Api;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class SelectionAuditIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    ModelRefits models;

    @Test
    void aPastDaysSelectionIsReproducedFromWhatWasStoredAcrossAModelRefit() {
        Api inspector = Api.as(port, new Staff(administration).inspectorOf("321200")); // Taizhou: CIQ-TZ
        LocalDate first = LocalDate.now().minusDays(3);
        JsonNode before = declare(inspector, first, 60);
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
        declare(inspector, second, 60);

        for (LocalDate day : List.of(first, second)) {
            JsonNode audit = inspector.get("/api/v1/inspection/audit?bureau=CIQ-TZ&day=" + day).body();

            assertThat(audit.get("lots").asInt()).isEqualTo(60);
            assertThat(audit.get("matching").asInt()).as("lots reproduced on %s: %s", day, audit)
                    .isEqualTo(60);
            assertThat(audit.get("selected").asInt()).isPositive();
        }
        JsonNode afterRefit = inspector.get("/api/v1/inspection/audit?bureau=CIQ-TZ&day=" + second).body();
        assertThat(afterRefit.get("checks").get(0).get("modelVersion").asInt()).isPositive();
    }

    @Test
    void aBureauOutsideTheAuditorsDivisionIsNotFound() {
        Api suzhou = Api.as(port, new Staff(administration).inspectorOf("320500"));

        assertThat(suzhou.get("/api/v1/inspection/audit?bureau=CIQ-TZ&day=" + LocalDate.now()).status())
                .isEqualTo(404);
    }

    private static JsonNode declare(Api inspector, LocalDate day, int lots) {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < lots; i++) {
            batch.add(aLot().at("CIQ-TZ").on(day).consignee("C-AUDIT-" + i % 9).from(i % 3 == 0 ? "TH" : "VN")
                    .hs("0306" + (17 + i % 3) + "0000").build());
        }
        Api.Reply reply = inspector.post("/api/v1/inspection/lots/batch", Map.of("lots", batch));
        assertThat(reply.status()).isEqualTo(200);
        return reply.body();
    }
}
