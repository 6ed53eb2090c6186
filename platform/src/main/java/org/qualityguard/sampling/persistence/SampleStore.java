package org.qualityguard.sampling.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qualityguard.sampling.SampleView;
import org.qualityguard.sampling.domain.SampleStatus;
import org.qualityguard.shared.DivisionScope;
import org.qualityguard.shared.Workflow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Samples with their results and objections. A status is written only along an edge of
 * {@link SampleStatus#WORKFLOW}, where the sample still is in the edge's source state: two hands cannot move it
 * from one state unseen.
 */
@Repository
public class SampleStore {

    private static final String COLUMNS = "sample_no, power_item, power_version, organisation_name, division_code, "
            + "credit_code, enterprise_name, category, category_kind, applies_to, product, brand, specification, batch, "
            + "produced_on, sampled_on, sampled_at, laboratory, status, conforms, tested_on, objection_until, "
            + "published_on, sampled_by, demo";

    private final JdbcClient jdbc;

    SampleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String sampleNo) {
        return jdbc.sql("SELECT count(*) FROM sampling.sample WHERE sample_no = ?").param(sampleNo)
                .query(Long.class).single() > 0;
    }

    public boolean anyDemo() {
        return jdbc.sql("SELECT count(*) FROM sampling.sample WHERE demo").query(Long.class).single() > 0;
    }

    /** Writes a sample just taken, in the workflow's initial state. */
    public void insert(SampleView s, String organisationId, Instant at) {
        jdbc.sql("INSERT INTO sampling.sample (sample_no, power_item, power_version, organisation_id, "
                        + "organisation_name, division_code, credit_code, enterprise_name, category, category_kind, "
                        + "applies_to, product, brand, specification, batch, produced_on, sampled_on, sampled_at, "
                        + "laboratory, status, sampled_by, created_at, demo) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(s.sampleNo(), s.powerItem(), s.powerVersion(), organisationId, s.organisationName(),
                        s.divisionCode(), s.creditCode(), s.enterpriseName(), s.category(), s.categoryKind(),
                        s.appliesTo(), s.product(), s.brand(), s.specification(), s.batch(), date(s.producedOn()),
                        date(s.sampledOn()), s.sampledAt(), s.laboratory(), SampleStatus.WORKFLOW.initial().name(),
                        s.sampledBy(), Timestamp.from(at), s.demo())
                .update();
    }

    /** The sample with its results and objection, whatever its division (callers check the reader's scope). */
    public Optional<SampleView> find(String sampleNo) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sampling.sample WHERE sample_no = ?").param(sampleNo)
                .query(SampleStore::sample).optional()
                .map(s -> s.withDetails(resultsOf(sampleNo), objectionOf(sampleNo).orElse(null)));
    }

    public long count(DivisionScope scope, String status) {
        return jdbc.sql("SELECT count(*) FROM sampling.sample WHERE division_code BETWEEN ? AND ? "
                        + "AND (?::text IS NULL OR status = ?)")
                .params(scope.lowest(), scope.highest(), status, status).query(Long.class).single();
    }

    /** A page of the division's samples, latest taken first. */
    public List<SampleView> page(DivisionScope scope, String status, long offset, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sampling.sample WHERE division_code BETWEEN ? AND ? "
                        + "AND (?::text IS NULL OR status = ?) ORDER BY sampled_on DESC, sample_no DESC "
                        + "LIMIT ? OFFSET ?")
                .params(scope.lowest(), scope.highest(), status, status, size, offset)
                .query(SampleStore::sample).list();
    }

    /** Published results, latest first, with their failed items, for the portal. */
    public List<SampleView> published(int limit) {
        List<SampleView> samples = jdbc.sql("SELECT " + COLUMNS + " FROM sampling.sample WHERE status = ? "
                        + "ORDER BY published_on DESC, sample_no DESC LIMIT ?")
                .params(SampleStatus.PUBLISHED.name(), limit).query(SampleStore::sample).list();
        Map<String, List<SampleView.Result>> results = new HashMap<>();
        jdbc.sql("SELECT * FROM sampling.sample_result WHERE sample_no = ANY(?) ORDER BY sample_no, row_no")
                .param(samples.stream().map(SampleView::sampleNo).toArray(String[]::new))
                .query(rs -> {
                    results.computeIfAbsent(rs.getString("sample_no"), k -> new ArrayList<>()).add(result(rs));
                });
        return samples.stream().map(s -> s.withDetails(results.getOrDefault(s.sampleNo(), List.of()), null)).toList();
    }

    /**
     * Samples ready to publish on {@code today}: conforming ones, and failures whose objection window has passed
     * without an objection, or whose objection was upheld.
     */
    public List<String> publishable(LocalDate today) {
        String conforming = SampleStatus.WORKFLOW.edge(SampleStatus.PUBLISH).from().name();
        String failed = SampleStatus.WORKFLOW.edge(SampleStatus.PUBLISH_FAILURE).from().name();
        return jdbc.sql("SELECT sample_no FROM sampling.sample WHERE status = ? "
                        + "OR (status = ? AND objection_until < ?) ORDER BY sample_no")
                .params(conforming, failed, Date.valueOf(today)).query(String.class).list();
    }

    /** Writes the results and the verdict, moving the sample along {@code edge}; false when it was not there. */
    public boolean recordResults(String sampleNo, Workflow.Transition<SampleStatus> edge, List<SampleView.Result> rows,
                                 LocalDate testedOn, LocalDate objectionUntil, String by, Instant at) {
        int moved = jdbc.sql("UPDATE sampling.sample SET status = ?, conforms = ?, tested_on = ?, objection_until = ?, "
                        + "results_by = ?, results_at = ? WHERE sample_no = ? AND status = ?")
                .params(edge.to().name(), edge.to() == SampleStatus.CONFORMING, Date.valueOf(testedOn),
                        date(objectionUntil), by, Timestamp.from(at), sampleNo, edge.from().name())
                .update();
        if (moved == 0) {
            return false;
        }
        for (SampleView.Result r : rows) {
            jdbc.sql("INSERT INTO sampling.sample_result (sample_no, row_no, standard_no, item, measured, unit, "
                            + "limit_value, limit_unit, comparison, limit_version, conforms) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(sampleNo, r.row(), r.standardNo(), r.item(), r.measured(), r.unit(), r.limit(),
                            r.limitUnit(), r.comparison(), r.limitVersion(), r.conforms())
                    .update();
        }
        return true;
    }

    /**
     * Moves the sample along {@code edge} (an objection, its decision, publication); a sample that reaches CONFORMING
     * (an overturned failure) conforms from then on. False when it was not in the edge's source state.
     */
    public boolean move(String sampleNo, Workflow.Transition<SampleStatus> edge, LocalDate publishedOn) {
        return jdbc.sql("UPDATE sampling.sample SET status = ?, "
                        + "conforms = CASE WHEN ? THEN true ELSE conforms END, "
                        + "published_on = coalesce(?, published_on) WHERE sample_no = ? AND status = ?")
                .params(edge.to().name(), edge.to() == SampleStatus.CONFORMING, date(publishedOn), sampleNo,
                        edge.from().name())
                .update() == 1;
    }

    public void insertObjection(String sampleNo, LocalDate lodgedOn, String grounds, String by, Instant at) {
        jdbc.sql("INSERT INTO sampling.objection (sample_no, lodged_on, grounds, lodged_by, lodged_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(sampleNo, Date.valueOf(lodgedOn), grounds, by, Timestamp.from(at)).update();
    }

    public void decideObjection(String sampleNo, String outcome, String reason, LocalDate on, String by, Instant at) {
        jdbc.sql("UPDATE sampling.objection SET outcome = ?, decision_reason = ?, decided_on = ?, decided_by = ?, "
                        + "decided_at = ? WHERE sample_no = ? AND outcome IS NULL")
                .params(outcome, reason, Date.valueOf(on), by, Timestamp.from(at), sampleNo).update();
    }

    private List<SampleView.Result> resultsOf(String sampleNo) {
        return jdbc.sql("SELECT * FROM sampling.sample_result WHERE sample_no = ? ORDER BY row_no").param(sampleNo)
                .query((rs, n) -> result(rs)).list();
    }

    private static SampleView.Result result(ResultSet rs) throws SQLException {
        return new SampleView.Result(rs.getInt("row_no"), rs.getString("standard_no"), rs.getString("item"),
                rs.getBigDecimal("measured"), rs.getString("unit"), rs.getBigDecimal("limit_value"),
                rs.getString("limit_unit"), rs.getString("comparison"), rs.getInt("limit_version"),
                rs.getBoolean("conforms"));
    }

    private Optional<SampleView.Objection> objectionOf(String sampleNo) {
        return jdbc.sql("SELECT * FROM sampling.objection WHERE sample_no = ?").param(sampleNo)
                .query((rs, n) -> new SampleView.Objection(localDate(rs, "lodged_on"), rs.getString("grounds"),
                        rs.getString("lodged_by"), rs.getString("outcome"), rs.getString("decision_reason"),
                        localDate(rs, "decided_on"), rs.getString("decided_by")))
                .optional();
    }

    private static SampleView sample(ResultSet rs, int n) throws SQLException {
        Object conforms = rs.getObject("conforms");
        return new SampleView(rs.getString("sample_no"), rs.getString("power_item"), rs.getInt("power_version"),
                rs.getString("organisation_name"), rs.getString("division_code"), rs.getString("credit_code"),
                rs.getString("enterprise_name"), rs.getString("category"), rs.getString("category_kind"),
                rs.getString("applies_to"), rs.getString("product"), rs.getString("brand"),
                rs.getString("specification"), rs.getString("batch"), localDate(rs, "produced_on"),
                localDate(rs, "sampled_on"), rs.getString("sampled_at"), rs.getString("laboratory"),
                rs.getString("status"), conforms == null ? null : (Boolean) conforms, localDate(rs, "tested_on"),
                localDate(rs, "objection_until"), localDate(rs, "published_on"), rs.getString("sampled_by"),
                rs.getBoolean("demo"), List.of(), null);
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
