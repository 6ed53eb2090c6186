package org.qualityguard.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityguard.support.EnterpriseSheetBuilder.aSheet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityguard.support.Api;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The trail detects an entry changed, removed or cut off after it was written, and says where. */
@PlatformTest
class AuditChainIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    Api admin;

    @BeforeEach
    void someAuditedChanges() {
        Staff staff = new Staff(administration);
        admin = Api.as(port, staff.adminOf("320000"));
        Api.as(port, staff.inspectorOf("320102"))
                .upload("/api/v1/enterprises/import", "chain.csv", aSheet().withValidRows(5, "320102").csv());
    }

    @Test
    void anUntouchedChainVerifies() {
        ChainVerification result = audit.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(lastId());
        assertThat(admin.get("/api/v1/audit/verification").body().get("intact").asBoolean()).isTrue();
    }

    @Test
    void aChangedEntryBreaksTheChainAtThatEntry() {
        long victim = lastId() - 3;
        String original = jdbc.sql("SELECT after_state FROM identity.audit_entry WHERE id = ?").param(victim)
                .query(String.class).single();
        try {
            jdbc.sql("UPDATE identity.audit_entry SET after_state = ? WHERE id = ?")
                    .params("{\"name\":\"forged\"}", victim).update();

            ChainVerification result = audit.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtId()).isEqualTo(victim);
            assertThat(result.entriesChecked()).isEqualTo(victim - 1);
            assertThat(admin.get("/api/v1/audit/verification").body().get("brokenAtId").asLong()).isEqualTo(victim);
        } finally {
            jdbc.sql("UPDATE identity.audit_entry SET after_state = ? WHERE id = ?").params(original, victim).update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aDeletedEntryIsFoundMissing() {
        long victim = lastId() - 2;
        var row = jdbc.sql("SELECT * FROM identity.audit_entry WHERE id = ?").param(victim).query().singleRow();
        try {
            jdbc.sql("DELETE FROM identity.audit_entry WHERE id = ?").param(victim).update();
            ChainVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtId()).isEqualTo(victim);
            assertThat(result.reason()).contains("missing");
        } finally {
            putBack(row);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aCutOffTailIsFoundByTheHeadOfTheChain() {
        long last = lastId();
        var row = jdbc.sql("SELECT * FROM identity.audit_entry WHERE id = ?").param(last).query().singleRow();
        try {
            jdbc.sql("DELETE FROM identity.audit_entry WHERE id = ?").param(last).update();
            ChainVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtId()).isEqualTo(last);
        } finally {
            putBack(row);
        }
    }

    @Test
    void onlyAnAdministratorMayRunTheCheckThroughTheApi() {
        Api inspector = Api.as(port, new Staff(administration).inspectorOf("320102"));
        assertThat(inspector.get("/api/v1/audit/verification").status()).isEqualTo(403);
    }

    private void putBack(java.util.Map<String, Object> row) {
        jdbc.sql("""
                INSERT INTO identity.audit_entry (id, occurred_at, actor, action, subject_type, subject_id,
                    division_code, before_state, after_state, previous_hash, hash)
                VALUES (:id, :occurred_at, :actor, :action, :subject_type, :subject_id, :division_code,
                    :before_state, :after_state, :previous_hash, :hash)""").params(row).update();
    }

    private long lastId() {
        return jdbc.sql("SELECT max(id) FROM identity.audit_entry").query(Long.class).single();
    }
}
