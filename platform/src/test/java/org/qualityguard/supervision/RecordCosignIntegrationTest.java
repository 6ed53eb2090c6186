package org.qualityguard.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.Api;
import org.qualityguard.support.BusinessDay;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.qualityguard.support.SupervisedDivision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class RecordCosignIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;

    SupervisedDivision d;
    long recordId;

    @BeforeEach
    void anInspectionRecordedByOneOfTheTwoDrawnInspectors() {
        Staff staff = new Staff(administration);
        d = SupervisedDivision.in(port, staff, "320623").withProducer("DAIRY_PRODUCTS").withApprovedPlan();
        Api.Reply recorded = d.api(d.assignedInspector()).post("/api/v1/supervision/inspections", Map.of(
                "inspectionId", d.taskId(), "inspectedOn", BusinessDay.today().minusDays(1).toString(), "result", "PASS",
                "findings", List.of()));
        assertThat(recorded.status()).isEqualTo(201);
        recordId = recorded.body().get("recordId").asLong();
    }

    @Test
    void aChiefCannotApproveARecordTheSecondInspectorHasNotCosigned() {
        Api.Reply refused = d.api(d.chief).post("/api/v1/supervision/records/" + recordId + "/approve", Map.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("E7322");
    }

    @Test
    void theInspectorWhoRecordedItCannotAlsoCosignIt() {
        Api.Reply refused = d.api(d.assignedInspector()).post("/api/v1/supervision/records/" + recordId + "/cosign",
                Map.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("E7320");
    }

    @Test
    void anInspectorWhoWasNotDrawnCannotCosign() {
        // made after the draw, so surely not drawn (the platform's seed may draw any of the fixture's inspectors)
        Staff.Member undrawn = d.newInspector();
        Api.Reply refused = d.api(undrawn).post("/api/v1/supervision/records/" + recordId + "/cosign", Map.of());

        assertThat(refused.body().toString()).contains("E7320");
    }

    @Test
    void theSecondDrawnInspectorCosignsOnceAndThenTheChiefApproves() {
        Api.Reply cosigned = d.api(d.secondInspector()).post("/api/v1/supervision/records/" + recordId + "/cosign",
                Map.of());
        Api.Reply again = d.api(d.secondInspector()).post("/api/v1/supervision/records/" + recordId + "/cosign",
                Map.of());
        Api.Reply approved = d.api(d.chief).post("/api/v1/supervision/records/" + recordId + "/approve", Map.of());

        assertThat(cosigned.status()).isEqualTo(200);
        assertThat(cosigned.body().get("cosignedBy").asString()).isEqualTo(d.secondInspector().username());
        assertThat(again.body().toString()).contains("E7321");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().get("approvedBy").asString()).isEqualTo(d.chief.username());
    }
}
