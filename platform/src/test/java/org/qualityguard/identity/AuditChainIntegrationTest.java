package org.qualityguard.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualityguard.support.EnterpriseSheetBuilder.aSheet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityguard.identity.audit.AuditCheckpoints;
import org.qualityguard.identity.audit.AuditHash;
import org.qualityguard.shared.database.DataDirectory;
import org.qualityguard.support.Api;
import org.qualityguard.support.Browser;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The trail detects an entry changed, removed or cut off after it was written, and says where, even when the
 * change was made by the database's owner who recomputed the chain as it used to be linked; and the platform's own
 * database role cannot change an entry at all.
 */
@PlatformTest
class AuditChainIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAdministration administration;
    @Autowired
    AuditTrail audit;
    @Autowired
    AuditCheckpoints checkpoints;
    @Autowired
    DataDirectory data;
    /** The platform's own connections. */
    @Autowired
    JdbcClient jdbc;
    /** The connections of the schemas' owner, who may still write the table: the attacker of these tests. */
    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    JdbcClient owner;
    Api admin;

    @BeforeEach
    void someAuditedChanges() {
        owner = JdbcClient.create(ownerDataSource);
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
        String original = owner.sql("SELECT after_state FROM identity.audit_entry WHERE id = ?").param(victim)
                .query(String.class).single();
        try {
            owner.sql("UPDATE identity.audit_entry SET after_state = ? WHERE id = ?")
                    .params("{\"name\":\"forged\"}", victim).update();

            ChainVerification result = audit.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtId()).isEqualTo(victim);
            assertThat(result.entriesChecked()).isEqualTo(victim - 1);
            assertThat(admin.get("/api/v1/audit/verification").body().get("brokenAtId").asLong()).isEqualTo(victim);
        } finally {
            owner.sql("UPDATE identity.audit_entry SET after_state = ? WHERE id = ?").params(original, victim).update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anEntryForgedWithItsChainRecomputedInSqlAsTheOldSha256LinkedItFailsVerification() {
        long victim = lastId() - 3;
        List<Map<String, Object>> originals = owner.sql(
                "SELECT id, after_state, previous_hash, hash FROM identity.audit_entry WHERE id >= ? ORDER BY id")
                .param(victim).query().listOfRows();
        String originalHead = owner.sql("SELECT last_hash FROM identity.audit_head").query(String.class).single();
        try {
            // What a holder of the database does who knows the old recipe: change the entry, then relink it and
            // every entry after it, and the head, with SHA-256 over the length-prefixed fields.
            owner.sql(forgeAndRelinkWithSha256(victim, "{\"name\":\"forged\"}")).update();
            assertThat(relinkedAsTheOldChainWas(victim)).as("the forgery is a valid chain as it was linked before the key")
                    .isTrue();

            ChainVerification result = audit.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtId()).isEqualTo(victim);
            assertThat(result.reason()).contains("changed after it was written");
        } finally {
            for (Map<String, Object> row : originals) {
                owner.sql("UPDATE identity.audit_entry SET after_state = ?, previous_hash = ?, hash = ? WHERE id = ?")
                        .params(row.get("after_state"), row.get("previous_hash"), row.get("hash"), row.get("id"))
                        .update();
            }
            owner.sql("UPDATE identity.audit_head SET last_hash = ?").param(originalHead).update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void thePlatformsDatabaseRoleMayAppendToTheTrailButNotChangeOrRemoveAnEntry() {
        long last = lastId();
        for (String statement : List.of("UPDATE identity.audit_entry SET actor = 'forger' WHERE id = " + last,
                "DELETE FROM identity.audit_entry WHERE id = " + last, "TRUNCATE identity.audit_entry")) {
            assertThatThrownBy(() -> jdbc.sql(statement).update()).as(statement)
                    .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aDeletedEntryIsFoundMissing() {
        long victim = lastId() - 2;
        var row = owner.sql("SELECT * FROM identity.audit_entry WHERE id = ?").param(victim).query().singleRow();
        try {
            owner.sql("DELETE FROM identity.audit_entry WHERE id = ?").param(victim).update();
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
        var row = owner.sql("SELECT * FROM identity.audit_entry WHERE id = ?").param(last).query().singleRow();
        try {
            owner.sql("DELETE FROM identity.audit_entry WHERE id = ?").param(last).update();
            ChainVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtId()).isEqualTo(last);
        } finally {
            putBack(row);
        }
    }

    @Test
    void aCutOffTailWithItsHeadSetBackIsFoundByTheCheckpointOutsideTheDatabase() {
        checkpoints.checkpoint();
        long last = lastId();
        List<Map<String, Object>> tail = owner.sql("SELECT * FROM identity.audit_entry WHERE id > ? ORDER BY id")
                .param(last - 2).query().listOfRows();
        String lastHash = (String) tail.get(tail.size() - 1).get("hash");
        try {
            owner.sql("DELETE FROM identity.audit_entry WHERE id > ?").param(last - 2).update();
            owner.sql("UPDATE identity.audit_head SET last_id = ?, last_hash = ?")
                    .params(last - 2, tail.get(0).get("previous_hash")).update();

            ChainVerification result = audit.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtId()).isEqualTo(last - 1);
            assertThat(result.reason()).contains("checkpoint").contains("cut off after entry " + (last - 2));
            assertThat(result.latestCheckpoint().lastId()).isEqualTo(last);
        } finally {
            tail.forEach(this::putBack);
            owner.sql("UPDATE identity.audit_head SET last_id = ?, last_hash = ?").params(last, lastHash).update();
        }
        ChainVerification restored = audit.verify();
        assertThat(restored.intact()).isTrue();
        assertThat(admin.get("/api/v1/audit/verification").body().get("latestCheckpoint").get("lastId").asLong())
                .isEqualTo(last);
    }

    @Test
    void theAuditKeyAndTheCheckpointsAreReadableByTheirOwnerOnly() throws Exception {
        checkpoints.checkpoint();
        Path keys = data.keys();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("audit.key"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                data.audit().resolve("checkpoints.log")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.audit()))).isEqualTo("rwx------");
    }

    @Test
    void theAuditPageShowsTheLatestCheckpointOutsideTheDatabase() {
        AuditCheckpoint latest = checkpoints.checkpoint().or(checkpoints::latest).orElseThrow();
        Browser browser = new Browser(port).signIn(new Staff(administration).adminOf("320000"));
        Browser.Page page = browser.get("/console/admin/audit");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("库外最新检查点：第 " + latest.lastId() + " 条");
    }

    @Test
    void onlyAnAdministratorMayRunTheCheckThroughTheApi() {
        Api inspector = Api.as(port, new Staff(administration).inspectorOf("320102"));
        assertThat(inspector.get("/api/v1/audit/verification").status()).isEqualTo(403);
    }

    /** One statement, as a DO block: the field encoding of the old SHA-256 link, written out in SQL. */
    private static String forgeAndRelinkWithSha256(long victim, String forgedAfterState) {
        String instant = "to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS') || CASE"
                + " WHEN to_char(e.occurred_at, 'US') = '000000' THEN ''"
                + " WHEN right(to_char(e.occurred_at, 'US'), 3) = '000' THEN '.' || left(to_char(e.occurred_at, 'US'), 3)"
                + " ELSE '.' || to_char(e.occurred_at, 'US') END || 'Z'";
        String input = String.join(" || ", field("previous"), field("e.id::text"), field(instant), field("e.actor"),
                field("e.action"), field("e.subject_type"), field("e.subject_id"), field("e.division_code"),
                field("e.before_state"), field("e.after_state"));
        return """
                DO $forge$
                DECLARE
                    e record;
                    previous text;
                BEGIN
                    PERFORM 1 FROM identity.audit_head FOR UPDATE;
                    UPDATE identity.audit_entry SET after_state = '%s' WHERE id = %d;
                    SELECT previous_hash INTO previous FROM identity.audit_entry WHERE id = %d;
                    FOR e IN SELECT * FROM identity.audit_entry WHERE id >= %d ORDER BY id LOOP
                        UPDATE identity.audit_entry SET previous_hash = previous,
                            hash = encode(sha256(convert_to(%s, 'UTF8')), 'hex') WHERE id = e.id
                            RETURNING hash INTO previous;
                    END LOOP;
                    UPDATE identity.audit_head SET last_hash = previous;
                END
                $forge$""".formatted(forgedAfterState, victim, victim, victim, input);
    }

    private static String field(String expression) {
        return "CASE WHEN (" + expression + ") IS NULL THEN '-1:' ELSE char_length(" + expression + ") || ':' || ("
                + expression + ") END";
    }

    private boolean relinkedAsTheOldChainWas(long from) {
        return owner.sql("SELECT * FROM identity.audit_entry WHERE id >= ? ORDER BY id").param(from)
                .query((rs, n) -> rs.getString("hash").equals(AuditHash.legacySha256(rs.getString("previous_hash"),
                        rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
                        rs.getString("division_code"), rs.getString("before_state"), rs.getString("after_state"))))
                .list().stream().allMatch(Boolean::booleanValue);
    }

    private void putBack(Map<String, Object> row) {
        owner.sql("""
                INSERT INTO identity.audit_entry (id, occurred_at, actor, action, subject_type, subject_id,
                    division_code, before_state, after_state, previous_hash, hash)
                VALUES (:id, :occurred_at, :actor, :action, :subject_type, :subject_id, :division_code,
                    :before_state, :after_state, :previous_hash, :hash)""").params(row).update();
    }

    private long lastId() {
        return jdbc.sql("SELECT max(id) FROM identity.audit_entry").query(Long.class).single();
    }
}
