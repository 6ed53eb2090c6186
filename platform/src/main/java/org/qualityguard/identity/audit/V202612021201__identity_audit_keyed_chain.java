package org.qualityguard.identity.audit;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Seals a trail written before the audit key under it. Until now entries were linked by plain SHA-256, which
 * anyone able to write the table can recompute, so such a chain proves only that nobody changed it clumsily.
 *
 * <p>Each entry is checked as it was linked then; the intact run from the first entry gets MACs under the key, in
 * this migration's transaction and as the owner who runs the migrations: only the owner may still change entries,
 * the platform's own role no longer can, and this is the one change the trail ever gets after it was written.
 * From the first entry that does not check, nothing is sealed: it and the entries after it keep their SHA-256
 * links, so verification under the key says that the chain breaks there, which is where it broke before the key.
 * (Re-sealing a broken chain would make the tampering verify; refusing to start would lock out the operators who
 * must look into it.) The head row follows only when the whole chain, to its head, checked.
 *
 * <p>A Spring bean so that it gets the key; Flyway runs it once, before the platform writes any entry.
 */
@Component
class V202612021201__identity_audit_keyed_chain extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V202612021201__identity_audit_keyed_chain.class);
    private static final int BATCH = 1000;

    private final AuditHash hash;

    V202612021201__identity_audit_keyed_chain(AuditHash hash) {
        this.hash = hash;
    }

    @Override
    public void migrate(Context context) {
        Connection connection = context.getConnection();
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        Map<String, Object> head = jdbc.queryForMap("SELECT last_id, last_hash FROM identity.audit_head FOR UPDATE");
        Sealing sealing = new Sealing(hash);
        long after = 0;
        while (!sealing.broken) {
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "SELECT * FROM identity.audit_entry WHERE id > ? ORDER BY id LIMIT " + BATCH, after);
            if (rows.isEmpty()) {
                break;
            }
            List<Object[]> sealed = sealing.seal(rows);
            jdbc.batchUpdate("UPDATE identity.audit_entry SET previous_hash = ?, hash = ? WHERE id = ?", sealed);
            after = ((Number) rows.get(rows.size() - 1).get("id")).longValue();
        }
        long headId = ((Number) head.get("last_id")).longValue();
        if (!sealing.broken && headId == sealing.lastId && sealing.previousSha.equals(head.get("last_hash"))) {
            jdbc.update("UPDATE identity.audit_head SET last_hash = ?", sealing.previousMac);
            log.info("The audit trail's {} entries are now sealed under the audit key", sealing.lastId);
        } else {
            log.warn("The audit trail did not check before it was sealed under the audit key: entries 1 to {} are "
                    + "sealed, the rest keep their SHA-256 links and verification will say where the chain breaks",
                    sealing.lastId);
        }
    }

    /** The walk over the old chain: where it has got to under either link, and whether it still checks. */
    static final class Sealing {
        private final AuditHash hash;
        long lastId;
        String previousSha = AuditHash.GENESIS;
        String previousMac = AuditHash.GENESIS;
        boolean broken;

        Sealing(AuditHash hash) {
            this.hash = hash;
        }

        /** The (previous MAC, MAC, id) of each row that checks, up to the first that does not. */
        List<Object[]> seal(List<Map<String, Object>> rows) {
            List<Object[]> sealed = new ArrayList<>(rows.size());
            for (Map<String, Object> row : rows) {
                long id = ((Number) row.get("id")).longValue();
                Instant at = ((Timestamp) row.get("occurred_at")).toInstant();
                String actor = (String) row.get("actor");
                String action = (String) row.get("action");
                String subjectType = (String) row.get("subject_type");
                String subjectId = (String) row.get("subject_id");
                String division = (String) row.get("division_code");
                String before = (String) row.get("before_state");
                String afterState = (String) row.get("after_state");
                String stored = (String) row.get("hash");
                if (id != lastId + 1 || !previousSha.equals(row.get("previous_hash"))
                        || !stored.equals(AuditHash.legacySha256(previousSha, id, at, actor, action, subjectType,
                        subjectId, division, before, afterState))) {
                    broken = true;
                    break;
                }
                String mac = hash.of(previousMac, id, at, actor, action, subjectType, subjectId, division, before,
                        afterState);
                sealed.add(new Object[] {previousMac, mac, id});
                lastId = id;
                previousSha = stored;
                previousMac = mac;
            }
            return sealed;
        }
    }
}
