package org.qualityguard.inspection.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.qualityguard.inspection.SelectionAudit.Grounds;
import org.qualityguard.risk.Cell;
import org.qualityguard.risk.CellKind;
import org.qualityguard.risk.WarningLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a day's selection was made from, as stored, and the recorded grounds of its mandatory claims. */
@Repository
public class AuditStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Day(byte[] secret, double capacityShare, double explorationShare, String parameters) {
    }

    public record StoredDecision(String lotId, String hsCode, String origin, String consignee, String reason,
                                 double probability, double priorityFactor, double threshold,
                                 double explorationShare, float[] features, int modelVersion, LocalDate drawnOn,
                                 byte[] drawSecret, Instant decidedAt) {
    }

    public Optional<Day> day(String bureau, LocalDate day) {
        return jdbc.sql("SELECT secret, capacity_share, exploration_share, parameters::text "
                        + "FROM inspection.selection_days WHERE bureau = ? AND declared_on = ?")
                .params(bureau, day)
                .query((rs, n) -> new Day(rs.getBytes(1), rs.getDouble(2), rs.getDouble(3), rs.getString(4)))
                .optional();
    }

    public List<StoredDecision> decisions(String bureau, LocalDate day) {
        return jdbc.sql("""
                SELECT l.lot_id, l.hs_code, l.origin, l.consignee, l.reason, l.probability, l.priority_factor,
                       l.threshold, l.exploration_share, l.features, l.model_version, l.drawn_on, k.secret,
                       l.decided_at
                  FROM inspection.lots l
                  JOIN inspection.selection_days k ON k.bureau = l.bureau AND k.declared_on = l.drawn_on
                 WHERE l.bureau = ? AND l.declared_on = ? ORDER BY l.decision_seq""")
                .params(bureau, day)
                .query((rs, n) -> new StoredDecision(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8),
                        rs.getDouble(9), LotStore.floats(rs.getBytes(10)), rs.getInt(11),
                        rs.getObject(12, LocalDate.class), rs.getBytes(13), rs.getTimestamp(14).toInstant()))
                .list();
    }

    /**
     * Why a lot was claimed ahead of risk, from the records: the mandatory-list prefix it matched, the confirmation
     * of a warning on its origin × heading or consignee that stood when it was decided, the failures of its stream,
     * or the warning it followed up. Empty when the records show no grounds.
     */
    public Optional<Grounds> groundsOf(StoredDecision d, String parameters) {
        Timestamp decided = Timestamp.from(d.decidedAt());
        return switch (d.reason()) {
            case "MANDATORY_LIST" -> {
                for (JsonNode prefix : JSON.readTree(parameters).path("mandatoryHsPrefixes")) {
                    if (d.hsCode().startsWith(prefix.asString())) {
                        yield Optional.of(new Grounds(Grounds.MANDATORY_LIST, List.of(prefix.asString())));
                    }
                }
                yield Optional.empty();
            }
            case "MANDATORY_WARNING" -> jdbc.sql("""
                    SELECT a.cell_kind, a.hs_prefix, a.origin, a.consignee, a.acted_by, a.acted_on
                      FROM inspection.warning_actions a
                     WHERE a.action = 'CONFIRM' AND a.acted_at <= ?
                       AND ((a.cell_kind = 'HEADING_ORIGIN' AND a.hs_prefix = substr(?, 1, 4) AND a.origin = ?)
                         OR (a.cell_kind = 'CONSIGNEE' AND a.consignee = ?))
                       AND NOT EXISTS (SELECT 1 FROM inspection.warning_actions x
                                        WHERE x.action = 'DISMISS' AND x.journal_seq > a.journal_seq
                                          AND x.acted_at <= ? AND x.cell_kind = a.cell_kind
                                          AND x.hs_prefix IS NOT DISTINCT FROM a.hs_prefix
                                          AND x.origin IS NOT DISTINCT FROM a.origin
                                          AND x.consignee IS NOT DISTINCT FROM a.consignee)
                     ORDER BY a.journal_seq DESC LIMIT 1""")
                    .params(decided, d.hsCode(), d.origin(), d.consignee(), decided)
                    .query((rs, n) -> new Grounds(Grounds.MANDATORY_WARNING, List.of(kind(rs), cell(rs),
                            rs.getString("acted_by"), rs.getString("acted_on"))))
                    .optional();
            case "MANDATORY_DISCONTINUED" -> jdbc.sql("""
                    SELECT count(*) FROM inspection.results r JOIN inspection.lots l USING (lot_id)
                     WHERE l.consignee = ? AND l.hs_code LIKE substr(?, 1, 4) || '%' AND r.outcome = 'FAIL'
                       AND r.recorded_at <= ?
                    HAVING count(*) >= 5""")
                    .params(d.consignee(), d.hsCode(), decided)
                    .query(Long.class).optional()
                    .map(failed -> new Grounds(Grounds.MANDATORY_DISCONTINUED, List.of(new Cell(
                            CellKind.CONSIGNEE_HEADING, d.hsCode().substring(0, 4), null, d.consignee(), null),
                            failed)));
            case "WARNING_FOLLOW_UP" -> jdbc.sql("""
                    SELECT cell_kind, hs_prefix, origin, consignee, to_level, changed_on
                      FROM inspection.warning_changes
                     WHERE ((cell_kind = 'HEADING_ORIGIN' AND hs_prefix = substr(?, 1, 4) AND origin = ?)
                         OR (cell_kind = 'CONSIGNEE' AND consignee = ?)) AND to_level <> 'NONE'
                       AND changed_on <= ?::date
                     ORDER BY journal_seq DESC LIMIT 1""")
                    .params(d.hsCode(), d.origin(), d.consignee(), decided)
                    .query((rs, n) -> new Grounds(Grounds.WARNING_FOLLOW_UP, List.of(kind(rs), cell(rs),
                            WarningLevel.valueOf(rs.getString("to_level")), rs.getString("changed_on"))))
                    .optional();
            default -> Optional.empty();
        };
    }

    /** A warned cell of a row holding its kind, heading, origin and consignee (a warning is on one of two kinds). */
    private static Cell cell(ResultSet rs) throws SQLException {
        return new Cell(kind(rs), rs.getString("hs_prefix"), rs.getString("origin"), rs.getString("consignee"), null);
    }

    private static CellKind kind(ResultSet rs) throws SQLException {
        return CellKind.valueOf(rs.getString("cell_kind"));
    }
}
