package org.qualityguard.inspection.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.qualityguard.inspection.domain.Measurement;
import org.qualityguard.risk.Cell;
import org.qualityguard.risk.CellKind;
import org.qualityguard.risk.DecisionBasis;
import org.qualityguard.risk.ExternalSignal;
import org.qualityguard.risk.Hazard;
import org.qualityguard.risk.InspectionResult;
import org.qualityguard.risk.Lot;
import org.qualityguard.risk.Outcome;
import org.qualityguard.risk.SignalKind;
import org.qualityguard.risk.WarningChanged;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything that changes what the engine has learnt, in one sequence: results, model refits and analysts' warning
 * decisions. Each entry takes its number while the engine is held, so the journal's order is the order the engine
 * saw; replaying it rebuilds the engine.
 */
@Repository
public class Journal {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int FETCH = 10_000;

    private final JdbcClient jdbc;
    /** Its own template: the fetch size that streams a rebuild must not leak into other queries. */
    private final JdbcTemplate template;

    Journal(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = new JdbcTemplate(dataSource);
        this.template.setFetchSize(FETCH);
    }

    public long next() {
        return jdbc.sql("SELECT nextval('inspection.journal_seq')").query(Long.class).single();
    }

    public void insertResult(long seq, InspectionResult r, List<Measurement> measurements, String recordedBy) {
        jdbc.sql("""
                INSERT INTO inspection.results (lot_id, journal_seq, outcome, hazard, inspected_on, measurements,
                    recorded_by) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)""")
                .params(r.lotId(), seq, r.outcome().name(), r.hazard() == null ? null : r.hazard().name(),
                        r.inspectedAt(), JSON.writeValueAsString(measurements), recordedBy)
                .update();
    }

    public void insertModelVersion(long seq, int version, LocalDate on, Map<String, Double> coefficients,
                                   long resultsLearnt) {
        jdbc.sql("INSERT INTO inspection.model_versions (version, journal_seq, fitted_on, coefficients, "
                        + "results_learnt) VALUES (?, ?, ?, ?::jsonb, ?)")
                .params(version, seq, on, JSON.writeValueAsString(coefficients), resultsLearnt).update();
    }

    public boolean hasModelVersion(int version) {
        return jdbc.sql("SELECT count(*) FROM inspection.model_versions WHERE version = ?").param(version)
                .query(Integer.class).single() > 0;
    }

    /** The coefficients of a model version by feature name (INTERCEPT for the intercept). */
    public java.util.Optional<Map<String, Double>> coefficientsOf(int version) {
        return jdbc.sql("SELECT coefficients FROM inspection.model_versions WHERE version = ?").param(version)
                .query((rs, n) -> JSON.readValue(rs.getString(1),
                        new tools.jackson.core.type.TypeReference<java.util.LinkedHashMap<String, Double>>() { }))
                .optional().map(m -> (Map<String, Double>) m);
    }

    public void insertWarningAction(long seq, Cell cell, String action, String comment, String by, LocalDate on) {
        jdbc.sql("""
                INSERT INTO inspection.warning_actions (journal_seq, cell_kind, hs_prefix, origin, consignee,
                    manufacturer, action, comment, acted_by, acted_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, cell.kind().name(), cell.hsPrefix(), cell.origin(), cell.consignee(),
                        cell.manufacturer(), action, comment, by, on)
                .update();
    }

    public void insertWarningChange(long seq, WarningChanged change, double statistic) {
        Cell cell = change.cell();
        jdbc.sql("""
                INSERT INTO inspection.warning_changes (journal_seq, cell_kind, hs_prefix, origin, consignee,
                    manufacturer, from_level, to_level, statistic, changed_on, lot_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, cell.kind().name(), cell.hsPrefix(), cell.origin(), cell.consignee(),
                        cell.manufacturer(), change.from().name(), change.to().name(), statistic, change.on(),
                        change.byLotId())
                .update();
    }

    /** What a rebuild replays, in journal order. */
    public void insertSignal(long seq, String id, ExternalSignal signal, String division, String by,
                             java.time.Instant at) {
        Cell cell = signal.cell();
        jdbc.sql("""
                INSERT INTO inspection.external_signals (signal_id, journal_seq, cell_kind, hs_prefix, origin,
                       consignee, manufacturer, kind, strength, received_on, division, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, seq, cell.kind().name(), cell.hsPrefix(), cell.origin(), cell.consignee(),
                        cell.manufacturer(), signal.kind().name(), signal.strength(), signal.date(), division, by,
                        java.sql.Timestamp.from(at))
                .update();
    }

    /** The stored signals among these ids, by id. */
    public Map<String, ExternalSignal> signals(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, ExternalSignal> found = new java.util.HashMap<>();
        jdbc.sql("SELECT signal_id, cell_kind, hs_prefix, origin, consignee, manufacturer, kind, strength, received_on"
                        + " FROM inspection.external_signals WHERE signal_id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> found.put(rs.getString("signal_id"), new ExternalSignal(
                        new Cell(CellKind.valueOf(rs.getString("cell_kind")), rs.getString("hs_prefix"),
                                rs.getString("origin"), rs.getString("consignee"), rs.getString("manufacturer")),
                        SignalKind.valueOf(rs.getString("kind")), rs.getDouble("strength"),
                        rs.getObject("received_on", LocalDate.class))))
                .list();
        return found;
    }

    public sealed interface Entry permits ResultEntry, RefitEntry, WarningEntry, SignalEntry {
        long seq();
    }

    public record ResultEntry(long seq, Lot lot, InspectionResult result, DecisionBasis basis) implements Entry {
    }

    public record RefitEntry(long seq, int version, LocalDate on) implements Entry {
    }

    public record WarningEntry(long seq, Cell cell, String action, LocalDate on) implements Entry {
    }

    public record SignalEntry(long seq, ExternalSignal signal) implements Entry {
    }

    public interface EntryHandler {
        void handle(Entry entry);
    }

    /** Streams the whole journal, oldest first; call inside a transaction so the rows are fetched in batches. */
    public void replay(EntryHandler handler) {
        template.query("""
                SELECT r.journal_seq AS seq, 'R' AS kind, l.lot_id, l.declared_on, l.bureau, l.direction, l.hs_code,
                       l.origin, l.consignee, l.manufacturer, l.quantity, l.value_cny, l.features, l.probability,
                       l.exploration_weight, r.outcome, r.hazard, r.inspected_on AS day, NULL::int AS version,
                       NULL AS cell_kind, NULL AS action
                  FROM inspection.results r JOIN inspection.lots l USING (lot_id)
                UNION ALL
                SELECT journal_seq, 'M', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                       NULL, NULL, NULL, fitted_on, version, NULL, NULL
                  FROM inspection.model_versions
                UNION ALL
                SELECT journal_seq, 'W', NULL, NULL, NULL, NULL, hs_prefix, origin, consignee, manufacturer, NULL,
                       NULL, NULL, NULL, NULL, NULL, NULL, acted_on, NULL, cell_kind, action
                  FROM inspection.warning_actions
                UNION ALL
                SELECT journal_seq, 'S', NULL, NULL, NULL, NULL, hs_prefix, origin, consignee, manufacturer, NULL,
                       NULL, NULL, strength, NULL, NULL, NULL, received_on, NULL, cell_kind, kind
                  FROM inspection.external_signals
                ORDER BY seq""", rs -> {
            handler.handle(entry(rs));
        });
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        long seq = rs.getLong("seq");
        LocalDate day = rs.getObject("day", LocalDate.class);
        return switch (rs.getString("kind")) {
            case "R" -> {
                Lot lot = LotStore.lotOf(rs);
                String hazard = rs.getString("hazard");
                InspectionResult result = new InspectionResult(lot.lotId(), day,
                        Outcome.valueOf(rs.getString("outcome")), hazard == null ? null : Hazard.valueOf(hazard));
                yield new ResultEntry(seq, lot, result, LotStore.basisOf(rs));
            }
            case "M" -> new RefitEntry(seq, rs.getInt("version"), day);
            case "S" -> new SignalEntry(seq, new ExternalSignal(new Cell(CellKind.valueOf(rs.getString("cell_kind")),
                    rs.getString("hs_code"), rs.getString("origin"), rs.getString("consignee"),
                    rs.getString("manufacturer")), SignalKind.valueOf(rs.getString("action")),
                    rs.getDouble("probability"), day));
            default -> new WarningEntry(seq, new Cell(CellKind.valueOf(rs.getString("cell_kind")),
                    rs.getString("hs_code"), rs.getString("origin"), rs.getString("consignee"),
                    rs.getString("manufacturer")), rs.getString("action"), day);
        };
    }

    /** Lots declared per consignee × HS subheading × origin: what makes a later lot a first import. */
    public void declaredFlows(FlowHandler handler) {
        template.query("SELECT consignee, substr(hs_code, 1, 6), origin, count(*) FROM inspection.lots "
                + "GROUP BY 1, 2, 3", rs -> {
            handler.handle(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4));
        });
    }

    public interface FlowHandler {
        void handle(String consignee, String hsSubheading, String origin, int lots);
    }

    /** A bureau's latest decisions, oldest first: the window of its running threshold. */
    public List<RecentDecision> recentDecisions(String bureau, int limit) {
        List<RecentDecision> newestFirst = jdbc.sql("SELECT priority, reason FROM inspection.lots WHERE bureau = ? "
                        + "ORDER BY decision_seq DESC LIMIT ?")
                .params(bureau, limit)
                .query((rs, n) -> new RecentDecision(rs.getDouble(1), rs.getString(2))).list();
        List<RecentDecision> oldestFirst = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    public record RecentDecision(double priority, String reason) {
    }
}
