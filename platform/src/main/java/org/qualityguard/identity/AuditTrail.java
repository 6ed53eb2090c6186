package org.qualityguard.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.qualityguard.identity.audit.AuditCheckpoints;
import org.qualityguard.identity.audit.AuditHash;
import org.qualityguard.shared.DivisionLevel;
import org.qualityguard.shared.DivisionScope;
import org.qualityguard.shared.Page;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.shared.SortOrder;
import org.qualityguard.shared.database.CsvCopy;
import org.qualityguard.shared.database.KeysetList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only, tamper-evident record of every change and decision. Entries are written in the transaction of
 * the change they describe, so a change and its audit entry are committed together or not at all. Appending
 * locks the chain's head row: writers queue one behind another, which is what a single chain requires.
 *
 * <p>Each entry carries a MAC under the audit key ({@link AuditHash}), which is kept outside the database, and
 * the platform's database role may append entries but not change or delete them: so neither a holder of the
 * platform's connection nor one of the database's owner can alter the trail without verification saying where.
 */
@Service
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Entries are numbered in the order they were written, so the id is also the order in time. */
    private static final KeysetList.Column ID = new KeysetList.Column("id", "bigint");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;
    private final AuditHash hash;
    private final AuditCheckpoints checkpoints;

    AuditTrail(JdbcClient jdbc, DataSource dataSource, Clock clock, AuditHash hash, AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
        this.hash = hash;
        this.checkpoints = checkpoints;
    }

    @Transactional
    public void record(AuditRecord record) {
        recordAll(List.of(record));
    }

    /**
     * Records a refusal in a transaction of its own, so that it stays on the trail when the refused request's
     * transaction rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(AuditRecord record) {
        recordAll(List.of(record));
    }

    @Transactional
    public void recordAll(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        Map<String, Object> head = jdbc.sql("SELECT last_id, last_hash FROM identity.audit_head FOR UPDATE")
                .query().singleRow();
        long id = ((Number) head.get("last_id")).longValue();
        String previous = (String) head.get("last_hash");
        // PostgreSQL keeps microseconds: the hash must be computed over what will be read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Object[]> rows = new ArrayList<>(records.size());
        for (AuditRecord r : records) {
            id++;
            String division = r.division() == null ? null : r.division().value();
            String before = toJson(r.before());
            String after = toJson(r.after());
            String mac = hash.of(previous, id, now, r.actor(), r.action(), r.subjectType(), r.subjectId(),
                    division, before, after);
            rows.add(new Object[] {id, now, r.actor(), r.action(), r.subjectType(), r.subjectId(),
                    division, before, after, previous, mac});
            previous = mac;
        }
        CsvCopy.copyIn(dataSource, "identity.audit_entry (id, occurred_at, actor, action, subject_type, subject_id, "
                + "division_code, before_state, after_state, previous_hash, hash)", rows);
        jdbc.sql("UPDATE identity.audit_head SET last_id = ?, last_hash = ?").params(id, previous).update();
    }

    /** The entries about one subject, newest first (e.g. the history of an enterprise). */
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String subjectType, String subjectId) {
        return jdbc.sql("SELECT * FROM identity.audit_entry WHERE subject_type = ? AND subject_id = ? ORDER BY id DESC")
                .params(subjectType, subjectId).query(AuditTrail::entry).list();
    }

    /**
     * A page of the entries within a division scope that pass the filter, newest first unless asked otherwise
     * (entries with no division are shown to province staff only), with the exact count of all that pass.
     */
    @Transactional(readOnly = true)
    public Page<AuditEntry> latest(DivisionScope scope, AuditFilter filter, PageRequest page) {
        return list(scope, filter).page(jdbc, "*", page, AuditTrail::entry);
    }

    /** Every entry that passes the filter, in the list's order, e.g. into a spreadsheet. */
    @Transactional(readOnly = true)
    public void forEach(DivisionScope scope, AuditFilter filter, SortOrder sort, Consumer<AuditEntry> sink) {
        list(scope, filter).forEach(jdbc, "*", sort, AuditTrail::entry, sink);
    }

    /** The actions on the trail, for a filter to choose from; read by skipping along the action index. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return jdbc.sql("""
                WITH RECURSIVE a(action) AS (
                    (SELECT action FROM identity.audit_entry ORDER BY action LIMIT 1)
                    UNION ALL
                    SELECT (SELECT e.action FROM identity.audit_entry e WHERE e.action > a.action
                            ORDER BY e.action LIMIT 1) FROM a WHERE a.action IS NOT NULL)
                SELECT action FROM a WHERE action IS NOT NULL""").query(String.class).list();
    }

    private KeysetList list(DivisionScope scope, AuditFilter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (scope.root().level() != DivisionLevel.PROVINCE) {
            where.add("division_code BETWEEN :lo AND :hi");
            params.put("lo", scope.lowest());
            params.put("hi", scope.highest());
        }
        equal(where, params, "actor", filter.actor());
        equal(where, params, "action", filter.action());
        equal(where, params, "subject_type", filter.subjectType());
        equal(where, params, "subject_id", filter.subjectId());
        ZoneId zone = clock.getZone();
        if (filter.from() != null) {
            where.add("occurred_at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.add("occurred_at < :to");
            params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        String condition = where.isEmpty() ? "true" : String.join(" AND ", where);
        return new KeysetList("FROM identity.audit_entry WHERE " + condition, params, ID, Map.of("time", ID), new SortOrder("time", true));
    }

    private static void equal(List<String> where, Map<String, Object> params, String column, String value) {
        if (value != null) {
            where.add(column + " = :" + column);
            params.put(column, value);
        }
    }

    /**
     * Walks the whole chain in order and recomputes every MAC. A changed entry breaks its own MAC; a deleted or
     * inserted one breaks the link to its neighbour; a truncated tail no longer meets the head row, and if the head
     * row was set back too, an entry a checkpoint outside the database recorded is missing.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        List<AuditCheckpoints.Recorded> recorded = checkpoints.recorded();
        AuditCheckpoint latest = recorded.stream().filter(AuditCheckpoints.Recorded::signed)
                .map(AuditCheckpoints.Recorded::checkpoint).reduce((a, b) -> b).orElse(null);
        ChainWalk walk = new ChainWalk(hash, latest);
        for (AuditCheckpoints.Recorded r : recorded) {
            walk.expect(r);
        }
        if (walk.result != null) {
            return walk.result;
        }
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(1000);
        streaming.query("SELECT * FROM identity.audit_entry ORDER BY id", (RowCallbackHandler) rs -> walk.accept(entry(rs, 0)));
        if (walk.result != null) {
            return walk.result;
        }
        Map<String, Object> head = jdbc.sql("SELECT last_id, last_hash FROM identity.audit_head").query().singleRow();
        long headId = ((Number) head.get("last_id")).longValue();
        if (headId != walk.lastId || !walk.previous.equals(head.get("last_hash"))) {
            return ChainVerification.brokenAt(walk.checked, walk.lastId + 1,
                    "the chain ends at entry " + walk.lastId + " but its head records entry " + headId, latest);
        }
        AuditCheckpoint beyond = walk.checkpointBeyondTheEnd();
        if (beyond != null) {
            return ChainVerification.brokenAt(walk.checked, walk.lastId + 1, "entry " + beyond.lastId()
                    + ", recorded by the checkpoint of " + beyond.at() + ", is missing: the chain was cut off after entry "
                    + walk.lastId, latest);
        }
        return ChainVerification.intact(walk.checked, latest);
    }

    private static final class ChainWalk {
        final AuditHash hash;
        final AuditCheckpoint latest;
        final Map<Long, AuditCheckpoint> checkpointed = new HashMap<>();
        long checked;
        long lastId;
        String previous = AuditHash.GENESIS;
        ChainVerification result;

        ChainWalk(AuditHash hash, AuditCheckpoint latest) {
            this.hash = hash;
            this.latest = latest;
        }

        void expect(AuditCheckpoints.Recorded r) {
            if (result != null) {
                return;
            }
            AuditCheckpoint c = r.checkpoint();
            if (!r.signed()) {
                // Edited, or signed under another key: the checkpoints no longer vouch for anything.
                result = new ChainVerification(0, false, c == null ? null : c.lastId(), "line " + r.line()
                        + " of the checkpoints is not signed with the audit key", latest);
                return;
            }
            AuditCheckpoint earlier = checkpointed.putIfAbsent(c.lastId(), c);
            if (earlier != null && !earlier.lastMac().equals(c.lastMac())) {
                result = ChainVerification.brokenAt(0, c.lastId(), "the checkpoints of " + earlier.at() + " and "
                        + c.at() + " disagree about entry " + c.lastId(), latest);
            }
        }

        void accept(AuditEntry e) {
            if (result != null) {
                return;
            }
            AuditCheckpoint checkpoint = checkpointed.get(e.id());
            if (e.id() != lastId + 1) {
                result = ChainVerification.brokenAt(checked, lastId + 1, "entry " + (lastId + 1) + " is missing",
                        latest);
            } else if (!e.previousHash().equals(previous)) {
                result = ChainVerification.brokenAt(checked, e.id(),
                        "entry " + e.id() + " does not link to the entry before it", latest);
            } else if (!e.hash().equals(hash.of(e.previousHash(), e.id(), e.occurredAt(), e.actor(),
                    e.action(), e.subjectType(), e.subjectId(), e.divisionCode(), e.beforeState(), e.afterState()))) {
                result = ChainVerification.brokenAt(checked, e.id(),
                        "entry " + e.id() + " was changed after it was written", latest);
            } else if (checkpoint != null && !checkpoint.lastMac().equals(e.hash())) {
                result = ChainVerification.brokenAt(checked, e.id(), "entry " + e.id()
                        + " is not the one the checkpoint of " + checkpoint.at() + " recorded", latest);
            } else {
                checked++;
                lastId = e.id();
                previous = e.hash();
            }
        }

        AuditCheckpoint checkpointBeyondTheEnd() {
            return checkpointed.values().stream().filter(c -> c.lastId() > lastId)
                    .max(Comparator.comparingLong(AuditCheckpoint::lastId)).orElse(null);
        }
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
                rs.getString("division_code"), rs.getString("before_state"), rs.getString("after_state"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    private static String toJson(Map<String, ?> state) {
        return state == null ? null : JSON.writeValueAsString(state);
    }
}
