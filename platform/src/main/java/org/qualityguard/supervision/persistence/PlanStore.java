package org.qualityguard.supervision.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.DivisionScope;
import org.qualityguard.shared.Workflow;
import org.qualityguard.shared.database.CsvCopy;
import org.qualityguard.supervision.PlanView;
import org.qualityguard.supervision.domain.PlanStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans, their inspections and units, conflicts of interest and inspection records as stored. */
@Repository
public class PlanStore {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final BusinessTime time;

    PlanStore(JdbcClient jdbc, DataSource dataSource, BusinessTime time) {
        this.jdbc = jdbc;
        this.time = time;
        this.dataSource = dataSource;
    }

    public Map<String, List<Long>> conflicts(List<String> creditCodes) {
        Map<String, List<Long>> out = new HashMap<>();
        jdbc.sql("SELECT credit_code, staff_id FROM supervision.inspector_conflict WHERE credit_code = ANY(?)")
                .param(creditCodes.toArray(String[]::new))
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return out;
    }

    public void insertConflict(long staffId, String creditCode, String reason, String by) {
        jdbc.sql("INSERT INTO supervision.inspector_conflict (staff_id, credit_code, reason, recorded_by) "
                        + "VALUES (?, ?, ?, ?) ON CONFLICT (staff_id, credit_code) DO UPDATE SET reason = excluded.reason")
                .params(staffId, creditCode, reason, by).update();
    }

    public long insertPlan(String division, int year, Integer month, long seed, int ungraded, String by) {
        return jdbc.sql("INSERT INTO supervision.plan (division_code, year, month, seed, status, ungraded, created_by) "
                        + "VALUES (?, ?, ?, ?, 'DRAFT', ?, ?) RETURNING id")
                .params(division, year, month, seed, ungraded, by).query(Long.class).single();
    }

    public void insertInspections(long planId, List<Object[]> rows) {
        CsvCopy.copyIn(dataSource, "supervision.plan_inspection (plan_id, credit_code, regime, grade, month, "
                + "inspector_a, inspector_b)", rows.stream().map(r -> {
                    Object[] withPlan = new Object[r.length + 1];
                    withPlan[0] = planId;
                    System.arraycopy(r, 0, withPlan, 1, r.length);
                    return withPlan;
                }).toList());
    }

    public void insertUnits(long planId, List<PlanView.DueUnit> units) {
        for (PlanView.DueUnit u : units) {
            jdbc.sql("INSERT INTO supervision.plan_unit (plan_id, registration_code, kind, user_credit_code, due_on) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(planId, u.registrationCode(), u.kind(), u.userCreditCode(), Date.valueOf(u.dueOn()))
                    .update();
        }
    }

    /**
     * Marks the open drafts for the same division and period as the given plan as superseded by it; returns them.
     */
    public List<PlanView.Draw> supersedeDrafts(long planId, Workflow.Transition<PlanStatus> supersede) {
        return jdbc.sql("""
                        UPDATE supervision.plan o SET status = ?, superseded_by = n.id
                        FROM supervision.plan n
                        WHERE n.id = ? AND o.id <> n.id AND o.status = ? AND o.division_code = n.division_code
                          AND o.year = n.year AND o.month IS NOT DISTINCT FROM n.month
                        RETURNING o.id, o.seed, o.status, o.created_by, o.created_at""")
                .params(supersede.to().name(), planId, supersede.from().name())
                .query(PlanStore::draw).list();
    }

    /** Every draw for the plan's division and period, oldest first. */
    public List<PlanView.Draw> draws(long planId) {
        return jdbc.sql("""
                        SELECT o.id, o.seed, o.status, o.created_by, o.created_at
                        FROM supervision.plan o JOIN supervision.plan p ON p.id = ?
                        WHERE o.division_code = p.division_code AND o.year = p.year
                          AND o.month IS NOT DISTINCT FROM p.month
                        ORDER BY o.id""").param(planId).query(PlanStore::draw).list();
    }

    private static PlanView.Draw draw(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new PlanView.Draw(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant());
    }

    /**
     * Moves the plan along an edge of its workflow, stamping who and when in the columns the target state keeps;
     * false when the plan is no longer in the edge's source state.
     */
    public boolean move(long planId, Workflow.Transition<PlanStatus> edge, String by) {
        String stamps = switch (edge.to()) {
            case APPROVED -> "approved_by = ?, approved_at = ?";
            case PUBLISHED -> "published_by = ?, published_at = ?";
            default -> throw new IllegalArgumentException("a plan is moved to " + edge.to() + " by its drawing");
        };
        return jdbc.sql("UPDATE supervision.plan SET status = ?, " + stamps + " WHERE id = ? AND status = ?")
                .params(edge.to().name(), by, Timestamp.from(time.now()), planId, edge.from().name()).update() == 1;
    }

    /** The plan if it lies within the scope (a null scope reads any: the public view of approved plans). */
    public Optional<PlanView> plan(long id, DivisionScope scope) {
        String lo = scope == null ? "000000" : scope.lowest();
        String hi = scope == null ? "999999" : scope.highest();
        return jdbc.sql("SELECT * FROM supervision.plan WHERE id = ? AND division_code BETWEEN ? AND ?")
                .params(id, lo, hi)
                .query((rs, n) -> new PlanView(rs.getLong("id"), rs.getString("division_code"), rs.getInt("year"),
                        (Integer) rs.getObject("month"), rs.getLong("seed"), rs.getString("status"),
                        rs.getInt("ungraded"), rs.getString("created_by"), rs.getString("approved_by"),
                        inspections(id), units(id)))
                .optional();
    }

    public Optional<String> divisionOf(long planId) {
        return jdbc.sql("SELECT division_code FROM supervision.plan WHERE id = ?").param(planId)
                .query(String.class).optional();
    }

    /** The newest 100 plans within the scope (null: anywhere), only published ones if asked. */
    public List<Long> planIds(DivisionScope scope, boolean publishedOnly) {
        return jdbc.sql("SELECT id FROM supervision.plan WHERE division_code BETWEEN ? AND ? "
                        + (publishedOnly ? "AND status = 'PUBLISHED' " : "") + "ORDER BY id DESC LIMIT 100")
                .params(scope == null ? "000000" : scope.lowest(), scope == null ? "999999" : scope.highest())
                .query(Long.class).list();
    }

    private List<PlanView.Inspection> inspections(long planId) {
        return jdbc.sql("SELECT * FROM supervision.plan_inspection WHERE plan_id = ? ORDER BY month, id")
                .param(planId).query((rs, n) -> new PlanView.Inspection(rs.getLong("id"), rs.getString("credit_code"),
                        rs.getString("regime"), rs.getString("grade"), rs.getInt("month"), rs.getLong("inspector_a"),
                        rs.getLong("inspector_b"))).list();
    }

    private List<PlanView.DueUnit> units(long planId) {
        return jdbc.sql("SELECT * FROM supervision.plan_unit WHERE plan_id = ? ORDER BY due_on, registration_code")
                .param(planId).query((rs, n) -> new PlanView.DueUnit(rs.getString("registration_code"),
                        rs.getString("kind"), rs.getString("user_credit_code"), rs.getDate("due_on").toLocalDate()))
                .list();
    }

    /** An inspection of an approved plan assigned to this inspector, with its enterprise. */
    public Optional<PlanView.Inspection> assignedInspection(long inspectionId) {
        return jdbc.sql("""
                        SELECT i.* FROM supervision.plan_inspection i JOIN supervision.plan p ON p.id = i.plan_id
                        WHERE i.id = ? AND p.status IN ('APPROVED', 'PUBLISHED')""").param(inspectionId)
                .query((rs, n) -> new PlanView.Inspection(rs.getLong("id"), rs.getString("credit_code"),
                        rs.getString("regime"), rs.getString("grade"), rs.getInt("month"), rs.getLong("inspector_a"),
                        rs.getLong("inspector_b"))).optional();
    }

    public List<PlanView.Inspection> tasksOf(long inspectorId) {
        return jdbc.sql("""
                        SELECT i.* FROM supervision.plan_inspection i JOIN supervision.plan p ON p.id = i.plan_id
                        WHERE p.status IN ('APPROVED', 'PUBLISHED') AND (i.inspector_a = ? OR i.inspector_b = ?)
                          AND NOT EXISTS (SELECT 1 FROM supervision.inspection_record r WHERE r.plan_inspection_id = i.id)
                        ORDER BY p.year, i.month, i.id LIMIT 500""").params(inspectorId, inspectorId)
                .query((rs, n) -> new PlanView.Inspection(rs.getLong("id"), rs.getString("credit_code"),
                        rs.getString("regime"), rs.getString("grade"), rs.getInt("month"), rs.getLong("inspector_a"),
                        rs.getLong("inspector_b"))).list();
    }

    public long insertRecord(Long inspectionId, String creditCode, String division, java.time.LocalDate on,
                             String result, java.time.LocalDate deadline, String by) {
        return jdbc.sql("""
                        INSERT INTO supervision.inspection_record (plan_inspection_id, credit_code, division_code,
                            inspected_on, result, corrective_deadline, recorded_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(inspectionId, creditCode, division, Date.valueOf(on), result,
                        deadline == null ? null : Date.valueOf(deadline), by)
                .query(Long.class).single();
    }

    public void insertFinding(long recordId, String item, String finding, String severity) {
        jdbc.sql("INSERT INTO supervision.inspection_finding (record_id, item_code, finding, severity) VALUES (?, ?, ?, ?)")
                .params(recordId, item, finding, severity).update();
    }

    /**
     * Per division: inspections of approved plans of the year scheduled up to a month, and how many were done by the
     * end of their month.
     */
    public List<Object[]> onTime(DivisionScope scope, int year, int uptoMonth) {
        return jdbc.sql("""
                        SELECT g.division_code, count(*),
                               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM supervision.inspection_record r
                                                              WHERE r.plan_inspection_id = i.id
                                                                AND r.inspected_on < make_date(p.year, i.month, 1)
                                                                                     + interval '1 month'))
                        FROM supervision.plan_inspection i JOIN supervision.plan p ON p.id = i.plan_id
                        JOIN supervision.grade g ON g.credit_code = i.credit_code AND g.regime = i.regime
                        WHERE p.status IN ('APPROVED', 'PUBLISHED') AND p.year = ? AND i.month <= ?
                          AND g.division_code BETWEEN ? AND ?
                        GROUP BY g.division_code""")
                .params(year, uptoMonth, scope.lowest(), scope.highest())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)}).list();
    }
}
