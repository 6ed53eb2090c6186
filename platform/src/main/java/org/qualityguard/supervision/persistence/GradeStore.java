package org.qualityguard.supervision.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qualityguard.shared.DivisionScope;
import org.qualityguard.supervision.GradeView;
import org.qualityguard.supervision.domain.Regime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Scoring tables, static facts, risk events and grades as stored. */
@Repository
public class GradeStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Typed, so that a null override reason is bound without asking the server for the parameter's type. */
    private static final int[] CURRENT_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
        Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.TIMESTAMP};
    private static final int[] HISTORY_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER,
        Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.TIMESTAMP};

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    GradeStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
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
        return staticFactsOf(List.of(creditCode)).getOrDefault(creditCode, new HashMap<>());
    }

    /** The static facts of many enterprises in one query: credit code to factor to value (none: absent). */
    public Map<String, Map<String, String>> staticFactsOf(Collection<String> creditCodes) {
        Map<String, Map<String, String>> facts = new HashMap<>();
        jdbc.sql("SELECT credit_code, factor, value FROM supervision.static_fact WHERE credit_code = ANY(?)")
                .param(creditCodes.toArray(String[]::new))
                .query(rs -> {
                    facts.computeIfAbsent(rs.getString(1), c -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
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
        insertEvents(List.of(new Event(creditCode, factor, on, note, by)));
    }

    /** Removes the risk events another module recorded under {@code note} (a failure later overturned); the count. */
    public int deleteEvents(String creditCode, String factor, String note) {
        return jdbc.sql("DELETE FROM supervision.risk_event WHERE credit_code = ? AND factor = ? AND note = ?")
                .params(creditCode, factor, note).update();
    }

    /** Sets many enterprises' static facts in one batch: credit code to factor to value (a blank one is skipped). */
    public void setStaticFacts(Map<String, Map<String, String>> facts) {
        List<Object[]> rows = new ArrayList<>();
        facts.forEach((code, byFactor) -> byFactor.forEach((factor, value) -> {
            if (value != null && !value.isBlank()) {
                rows.add(new Object[] {code, factor, value.strip()});
            }
        }));
        batch.batchUpdate("INSERT INTO supervision.static_fact (credit_code, factor, value) VALUES (?, ?, ?) "
                + "ON CONFLICT (credit_code, factor) DO UPDATE SET value = excluded.value", rows);
    }

    /** A risk event to store: whose, which factor, on which day, the note and who recorded it. */
    public record Event(String creditCode, String factor, LocalDate on, String note, String by) {
    }

    public void insertEvents(List<Event> events) {
        List<Object[]> rows = new ArrayList<>(events.size());
        for (Event e : events) {
            rows.add(new Object[] {e.creditCode(), e.factor(), Date.valueOf(e.on()), e.note(), e.by()});
        }
        batch.batchUpdate("INSERT INTO supervision.risk_event (credit_code, factor, occurred_on, note, recorded_by) "
                + "VALUES (?, ?, ?, ?, ?)", rows, new int[] {Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR,
                    Types.VARCHAR});
    }

    /** Counts of risk events by factor since a day (accidents over three years, the rest over one). */
    public Map<String, Integer> eventCounts(String creditCode, LocalDate yearAgo, LocalDate threeYearsAgo) {
        return eventCountsOf(List.of(creditCode), yearAgo, threeYearsAgo).getOrDefault(creditCode, Map.of());
    }

    /** {@link #eventCounts} of many enterprises in one query: credit code to factor to count (none: absent). */
    public Map<String, Map<String, Integer>> eventCountsOf(Collection<String> creditCodes, LocalDate yearAgo,
                                                         LocalDate threeYearsAgo) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT credit_code, factor, count(*) FROM supervision.risk_event WHERE credit_code = ANY(?)
                          AND occurred_on >= CASE WHEN factor = 'accident' THEN CAST(? AS date) ELSE CAST(? AS date) END
                        GROUP BY credit_code, factor""")
                .params(creditCodes.toArray(String[]::new), Date.valueOf(threeYearsAgo), Date.valueOf(yearAgo))
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString(1), c -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                });
        return counts;
    }

    /**
     * failedInspection, majorFinding, minorFinding and overdueCorrection over the window, for each of the
     * enterprises (every one is in the answer, with zeros when it has no record).
     */
    public Map<String, Map<String, Integer>> inspectionCountsOf(Collection<String> creditCodes, LocalDate since,
                                                              LocalDate today) {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        jdbc.sql("""
                        SELECT c.code,
                          (SELECT count(*) FROM supervision.inspection_record r
                            WHERE r.credit_code = c.code AND r.inspected_on >= :since AND r.result = 'FAIL'),
                          (SELECT count(*) FROM supervision.inspection_record r JOIN supervision.inspection_finding f
                             ON f.record_id = r.id
                            WHERE r.credit_code = c.code AND r.inspected_on >= :since AND f.severity = 'MAJOR'),
                          (SELECT count(*) FROM supervision.inspection_record r JOIN supervision.inspection_finding f
                             ON f.record_id = r.id
                            WHERE r.credit_code = c.code AND r.inspected_on >= :since AND f.severity = 'MINOR'),
                          (SELECT count(*) FROM supervision.inspection_record r
                            WHERE r.credit_code = c.code AND r.result = 'FAIL' AND r.corrective_deadline < :today
                              AND NOT EXISTS (SELECT 1 FROM supervision.inspection_record p
                                              WHERE p.credit_code = r.credit_code AND p.result = 'PASS'
                                                AND p.inspected_on > r.inspected_on))
                        FROM unnest(CAST(:codes AS text[])) AS c(code)""")
                .param("codes", creditCodes.toArray(String[]::new)).param("since", Date.valueOf(since))
                .param("today", Date.valueOf(today))
                .query(rs -> {
                    Map<String, Integer> counts = new HashMap<>();
                    counts.put("failedInspection", rs.getInt(2));
                    counts.put("majorFinding", rs.getInt(3));
                    counts.put("minorFinding", rs.getInt(4));
                    counts.put("overdueCorrection", rs.getInt(5));
                    out.put(rs.getString(1), counts);
                });
        return out;
    }

    public Optional<GradeView> grade(String creditCode, Regime regime) {
        return Optional.ofNullable(gradesOf(List.of(creditCode)).get(creditCode + "/" + regime.name()));
    }

    /** The current grades of many enterprises in one query, keyed "creditCode/REGIME". */
    public Map<String, GradeView> gradesOf(Collection<String> creditCodes) {
        Map<String, GradeView> out = new HashMap<>();
        jdbc.sql("SELECT * FROM supervision.grade WHERE credit_code = ANY(?)")
                .param(creditCodes.toArray(String[]::new)).query(rs -> {
                    GradeView g = new GradeView(rs.getString("credit_code"), rs.getString("regime"),
                            rs.getString("grade"), rs.getString("computed_grade"), rs.getInt("table_version"),
                            rs.getInt("static_points"), rs.getInt("dynamic_points"), reasons(rs.getString("basis")),
                            rs.getString("override_reason"), rs.getString("overridden_by"),
                            rs.getTimestamp("graded_at").toInstant());
                    out.put(g.creditCode() + "/" + g.regime(), g);
                });
        return out;
    }

    /** A grade to store with what moved it and who: a row of {@link #saveAll}. */
    public record Graded(GradeView grade, String division, String cause, String by) {
    }

    public void save(GradeView g, String division, String cause, String by) {
        saveAll(List.of(new Graded(g, division, cause, by)));
    }

    /**
     * Stores grades as current and appends them to the history, in two batches: a re-grade of a province's
     * enterprises costs two round trips per thousand grades rather than two per grade.
     */
    public void saveAll(List<Graded> grades) {
        List<Object[]> current = new ArrayList<>(grades.size());
        List<Object[]> history = new ArrayList<>(grades.size());
        for (Graded row : grades) {
            GradeView g = row.grade();
            String basis = JSON.writeValueAsString(g.reasons());
            Timestamp at = Timestamp.from(g.gradedAt());
            current.add(new Object[] {g.creditCode(), g.regime(), row.division(), g.tableVersion(), g.staticPoints(),
                g.dynamicPoints(), g.computedGrade(), g.grade(), basis, g.overrideReason(), g.overriddenBy(), at});
            history.add(new Object[] {g.creditCode(), g.regime(), g.tableVersion(), g.staticPoints(),
                g.dynamicPoints(), g.computedGrade(), g.grade(), basis, row.cause(), g.overrideReason(), row.by(), at});
        }
        batch.batchUpdate("""
                        INSERT INTO supervision.grade (credit_code, regime, division_code, table_version, static_points,
                            dynamic_points, computed_grade, grade, basis, override_reason, overridden_by, graded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (credit_code, regime) DO UPDATE SET division_code = excluded.division_code,
                            table_version = excluded.table_version, static_points = excluded.static_points,
                            dynamic_points = excluded.dynamic_points, computed_grade = excluded.computed_grade,
                            grade = excluded.grade, basis = excluded.basis, override_reason = excluded.override_reason,
                            overridden_by = excluded.overridden_by, graded_at = excluded.graded_at""", current, CURRENT_TYPES);
        batch.batchUpdate("""
                        INSERT INTO supervision.grade_history (credit_code, regime, table_version, static_points,
                            dynamic_points, computed_grade, grade, basis, cause, override_reason, graded_by, graded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", history, HISTORY_TYPES);
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
