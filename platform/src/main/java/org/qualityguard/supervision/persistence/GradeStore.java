package org.qualityguard.supervision.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qualityguard.shared.DivisionScope;
import org.qualityguard.supervision.GradeView;
import org.qualityguard.supervision.domain.Regime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Scoring tables, static facts, risk events and grades as stored. */
@Repository
public class GradeStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    GradeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record StoredTable(int version, String body, String createdBy, Instant createdAt) {
    }

    public Optional<StoredTable> latestTable(Regime regime) {
        return jdbc.sql("SELECT version, body, created_by, created_at FROM supervision.scoring_table "
                        + "WHERE regime = ? ORDER BY version DESC LIMIT 1").param(regime.name())
                .query((rs, n) -> new StoredTable(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).optional();
    }

    public Optional<StoredTable> table(Regime regime, int version) {
        return jdbc.sql("SELECT version, body, created_by, created_at FROM supervision.scoring_table "
                        + "WHERE regime = ? AND version = ?").params(regime.name(), version)
                .query((rs, n) -> new StoredTable(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).optional();
    }

    /** False when that version already exists (someone saved first). */
    public boolean insertTable(Regime regime, int version, String body, String by) {
        return jdbc.sql("INSERT INTO supervision.scoring_table (regime, version, body, created_by) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING").params(regime.name(), version, body, by).update() == 1;
    }

    public Map<String, String> staticFacts(String creditCode) {
        Map<String, String> facts = new HashMap<>();
        jdbc.sql("SELECT factor, value FROM supervision.static_fact WHERE credit_code = ?").param(creditCode)
                .query(rs -> {
                    facts.put(rs.getString(1), rs.getString(2));
                });
        return facts;
    }

    public void setStaticFact(String creditCode, String factor, String value) {
        if (value == null || value.isBlank()) {
            jdbc.sql("DELETE FROM supervision.static_fact WHERE credit_code = ? AND factor = ?")
                    .params(creditCode, factor).update();
        } else {
            jdbc.sql("INSERT INTO supervision.static_fact (credit_code, factor, value) VALUES (?, ?, ?) "
                            + "ON CONFLICT (credit_code, factor) DO UPDATE SET value = excluded.value")
                    .params(creditCode, factor, value.strip()).update();
        }
    }

    public void insertEvent(String creditCode, String factor, LocalDate on, String note, String by) {
        jdbc.sql("INSERT INTO supervision.risk_event (credit_code, factor, occurred_on, note, recorded_by) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(creditCode, factor, Date.valueOf(on), note, by).update();
    }

    /** Counts of risk events by factor since a day (accidents over three years, the rest over one). */
    public Map<String, Integer> eventCounts(String creditCode, LocalDate yearAgo, LocalDate threeYearsAgo) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT factor, count(*) FROM supervision.risk_event WHERE credit_code = ?
                          AND occurred_on >= CASE WHEN factor = 'accident' THEN CAST(? AS date) ELSE CAST(? AS date) END
                        GROUP BY factor""")
                .params(creditCode, Date.valueOf(threeYearsAgo), Date.valueOf(yearAgo))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    /** failedInspection, majorFinding, minorFinding and overdueCorrection over the window. */
    public Map<String, Integer> inspectionCounts(String creditCode, LocalDate since, LocalDate today) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT
                          (SELECT count(*) FROM supervision.inspection_record r
                            WHERE r.credit_code = :c AND r.inspected_on >= :since AND r.result = 'FAIL'),
                          (SELECT count(*) FROM supervision.inspection_record r JOIN supervision.inspection_finding f
                             ON f.record_id = r.id
                            WHERE r.credit_code = :c AND r.inspected_on >= :since AND f.severity = 'MAJOR'),
                          (SELECT count(*) FROM supervision.inspection_record r JOIN supervision.inspection_finding f
                             ON f.record_id = r.id
                            WHERE r.credit_code = :c AND r.inspected_on >= :since AND f.severity = 'MINOR'),
                          (SELECT count(*) FROM supervision.inspection_record r
                            WHERE r.credit_code = :c AND r.result = 'FAIL' AND r.corrective_deadline < :today
                              AND NOT EXISTS (SELECT 1 FROM supervision.inspection_record p
                                              WHERE p.credit_code = r.credit_code AND p.result = 'PASS'
                                                AND p.inspected_on > r.inspected_on))""")
                .param("c", creditCode).param("since", Date.valueOf(since)).param("today", Date.valueOf(today))
                .query(rs -> {
                    counts.put("failedInspection", rs.getInt(1));
                    counts.put("majorFinding", rs.getInt(2));
                    counts.put("minorFinding", rs.getInt(3));
                    counts.put("overdueCorrection", rs.getInt(4));
                });
        return counts;
    }

    public Optional<GradeView> grade(String creditCode, Regime regime) {
        return jdbc.sql("SELECT * FROM supervision.grade WHERE credit_code = ? AND regime = ?")
                .params(creditCode, regime.name()).query((rs, n) -> new GradeView(rs.getString("credit_code"),
                        rs.getString("regime"), rs.getString("grade"), rs.getString("computed_grade"),
                        rs.getInt("table_version"), rs.getInt("static_points"), rs.getInt("dynamic_points"),
                        reasons(rs.getString("basis")), rs.getString("override_reason"),
                        rs.getString("overridden_by"), rs.getTimestamp("graded_at").toInstant())).optional();
    }

    public void save(GradeView g, String division, String cause, String by) {
        String basis = JSON.writeValueAsString(g.reasons());
        jdbc.sql("""
                        INSERT INTO supervision.grade (credit_code, regime, division_code, table_version, static_points,
                            dynamic_points, computed_grade, grade, basis, override_reason, overridden_by, graded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (credit_code, regime) DO UPDATE SET division_code = excluded.division_code,
                            table_version = excluded.table_version, static_points = excluded.static_points,
                            dynamic_points = excluded.dynamic_points, computed_grade = excluded.computed_grade,
                            grade = excluded.grade, basis = excluded.basis, override_reason = excluded.override_reason,
                            overridden_by = excluded.overridden_by, graded_at = excluded.graded_at""")
                .params(g.creditCode(), g.regime(), division, g.tableVersion(), g.staticPoints(), g.dynamicPoints(),
                        g.computedGrade(), g.grade(), basis, g.overrideReason(), g.overriddenBy(),
                        Timestamp.from(g.gradedAt()))
                .update();
        jdbc.sql("""
                        INSERT INTO supervision.grade_history (credit_code, regime, table_version, static_points,
                            dynamic_points, computed_grade, grade, basis, cause, override_reason, graded_by, graded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(g.creditCode(), g.regime(), g.tableVersion(), g.staticPoints(), g.dynamicPoints(),
                        g.computedGrade(), g.grade(), basis, cause, g.overrideReason(), by, Timestamp.from(g.gradedAt()))
                .update();
    }

    public record HistoryEntry(String regime, String grade, String computedGrade, int tableVersion, int total,
                               String cause, String overrideReason, String gradedBy, Instant gradedAt) {
    }

    public List<HistoryEntry> history(String creditCode) {
        return jdbc.sql("SELECT * FROM supervision.grade_history WHERE credit_code = ? ORDER BY id DESC LIMIT 50")
                .param(creditCode).query((rs, n) -> new HistoryEntry(rs.getString("regime"), rs.getString("grade"),
                        rs.getString("computed_grade"), rs.getInt("table_version"),
                        rs.getInt("static_points") + rs.getInt("dynamic_points"), rs.getString("cause"),
                        rs.getString("override_reason"), rs.getString("graded_by"),
                        rs.getTimestamp("graded_at").toInstant())).list();
    }

    /** Current grades within a scope: credit code, regime, grade — plan candidates. */
    public List<String[]> gradesWithin(DivisionScope scope) {
        return jdbc.sql("SELECT credit_code, regime, grade FROM supervision.grade WHERE division_code BETWEEN ? AND ? "
                        + "ORDER BY credit_code, regime").params(scope.lowest(), scope.highest())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
    }

    /** Graded enterprises per division and regime. */
    public List<Object[]> gradedCounts(DivisionScope scope) {
        return jdbc.sql("SELECT division_code, regime, count(*) FROM supervision.grade "
                        + "WHERE division_code BETWEEN ? AND ? GROUP BY division_code, regime")
                .params(scope.lowest(), scope.highest())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)}).list();
    }

    private static List<GradeView.Reason> reasons(String json) {
        return JSON.readValue(json, new TypeReference<List<GradeView.Reason>>() { });
    }
}
