package org.qualityguard.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.ChainVerification;
import org.qualityguard.identity.StaffAdministration;
import org.qualityguard.support.PlatformTest;
import org.qualityguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A trail written before the audit key (entries linked by plain SHA-256) is sealed under the key by the migration
 * that introduces it: an intact one verifies afterwards; one with a changed entry is sealed only up to it, so that
 * verification under the key says that the chain breaks there.
 */
@PlatformTest
class AuditSealingIntegrationTest {

    @Autowired
    AuditHash hash;
    @Autowired
    AuditTrail audit;
    @Autowired
    StaffAdministration administration;
    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    @BeforeEach
    void someEntries() {
        new Staff(administration).adminOf("320000");
        new Staff(administration).inspectorOf("320102");
    }

    @Test
    void anIntactChainOfThePreviousVersionIsSealedUnderTheKeyAndVerifies() throws Exception {
        asTheOwner(this::linkTheWholeChainWithSha256);
        assertThat(audit.verify().intact()).as("SHA-256 links do not verify under the key").isFalse();

        asTheOwner(this::seal);

        ChainVerification result = audit.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(lastId());
    }

    @Test
    void aChainOfThePreviousVersionWithAChangedEntryIsSealedOnlyUpToThatEntry() throws Exception {
        long victim = lastId() - 1;
        asTheOwner(this::linkTheWholeChainWithSha256);
        String original = owner().queryForObject("SELECT actor FROM identity.audit_entry WHERE id = ?", String.class,
                victim);
        owner().update("UPDATE identity.audit_entry SET actor = 'forger' WHERE id = ?", victim);
        try {
            asTheOwner(this::seal);

            ChainVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtId()).isEqualTo(victim);
            assertThat(result.entriesChecked()).isEqualTo(victim - 1);
        } finally {
            owner().update("UPDATE identity.audit_entry SET actor = ? WHERE id = ?", original, victim);
            asTheOwner(this::linkTheWholeChainWithSha256);
            asTheOwner(this::seal);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    private void seal(Connection connection) {
        new V202612021201__identity_audit_keyed_chain(hash).migrate(new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        });
    }

    /** The chain as the previous version linked it: every entry, and the head, by SHA-256 without a key. */
    private void linkTheWholeChainWithSha256(Connection connection) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        jdbc.queryForMap("SELECT * FROM identity.audit_head FOR UPDATE");
        String previous = AuditHash.GENESIS;
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM identity.audit_entry ORDER BY id");
        for (Map<String, Object> row : rows) {
            String sha = AuditHash.legacySha256(previous, ((Number) row.get("id")).longValue(),
                    ((java.sql.Timestamp) row.get("occurred_at")).toInstant(), (String) row.get("actor"),
                    (String) row.get("action"), (String) row.get("subject_type"), (String) row.get("subject_id"),
                    (String) row.get("division_code"), (String) row.get("before_state"),
                    (String) row.get("after_state"));
            jdbc.update("UPDATE identity.audit_entry SET previous_hash = ?, hash = ? WHERE id = ?", previous, sha,
                    row.get("id"));
            previous = sha;
        }
        jdbc.update("UPDATE identity.audit_head SET last_hash = ?", previous);
    }

    private interface Work {
        void on(Connection connection) throws Exception;
    }

    /** In one transaction of the owner's, as Flyway runs a migration. */
    private void asTheOwner(Work work) throws Exception {
        try (Connection connection = ownerDataSource.getConnection()) {
            connection.setAutoCommit(false);
            work.on(connection);
            connection.commit();
        }
    }

    private JdbcTemplate owner() {
        return new JdbcTemplate(ownerDataSource);
    }

    private long lastId() {
        return owner().queryForObject("SELECT max(id) FROM identity.audit_entry", Long.class);
    }
}
