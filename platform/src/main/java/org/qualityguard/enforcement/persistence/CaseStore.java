package org.qualityguard.enforcement.persistence;

import java.math.BigDecimal;
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
import java.util.Set;
import java.util.TreeSet;

import org.qualityguard.enforcement.Decision;
import org.qualityguard.enforcement.EnforcementCase;
import org.qualityguard.enforcement.Evidence;
import org.qualityguard.enforcement.domain.CaseStatus;
import org.qualityguard.enforcement.domain.DecisionDraft;
import org.qualityguard.enforcement.domain.Party;
import org.qualityguard.shared.DivisionScope;
import org.qualityguard.shared.Page;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.shared.SortOrder;
import org.qualityguard.shared.Workflow;
import org.qualityguard.shared.database.KeysetList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cases, their files and decisions (schema {@code enforcement}); status moves only along a table's edge. */
@Repository
public class CaseStore {

    private static final String CASE = """
            id, case_no, status, source, source_ref, summary, item_code, item_name, division_code, organisation_id,
            organisation_name, party_kind, party_credit_code, party_name, major, lead_on, filed_on, notified_on,
            intended_fine, hearing_right, decided_on, served_on, executed_on, closed_on, reason, deadline, clock_state,
            demo, opened_by""";
    private static final String EVIDENCE = """
            id, case_id, kind, title, source, collected_by, collected_on, file_name, content_type,
            octet_length(content) AS size, sha256, added_by, added_at""";

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new lead, numbered AJ&lt;division&gt;-&lt;year&gt;-&lt;number&gt;; its id. */
    public long insert(EnforcementCase c, Instant at) {
        long number = jdbc.sql("SELECT nextval('enforcement.case_number')").query(Long.class).single();
        String caseNo = "AJ" + c.division() + "-" + c.leadOn().getYear() + "-" + String.format("%06d", number);
        Party p = c.party();
        return jdbc.sql("""
                        INSERT INTO enforcement.enforcement_case (case_no, status, source, source_ref, summary, item_code,
                            item_name, division_code, organisation_id, organisation_name, party_kind, party_credit_code,
                            party_name, major, lead_on, deadline, clock_state, demo, opened_by, opened_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(caseNo, c.status().name(), c.source(), c.sourceRef(), c.summary(), c.itemCode(), c.itemName(),
                        c.division(), c.organisationId(), c.organisationName(),
                        p == null ? null : p.kind().name(), p == null ? null : p.creditCode(),
                        p == null ? null : p.name(), c.major(), Date.valueOf(c.leadOn()), Date.valueOf(c.deadline()),
                        c.clockState(), c.demo(), c.openedBy(), Timestamp.from(at))
                .query(Long.class).single();
    }

    /** The case opened from the source's record (a warning's key), if one was: a lead is opened once. */
    public Optional<Long> bySource(String source, String sourceRef) {
        return jdbc.sql("SELECT id FROM enforcement.enforcement_case WHERE source = ? AND source_ref = ?")
                .params(source, sourceRef).query(Long.class).optional();
    }

    /** Whether the demo cases were opened (on an earlier start). */
    public boolean anyDemo() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM enforcement.enforcement_case WHERE demo)").query(Boolean.class)
                .single();
    }

    public Optional<EnforcementCase> find(long id) {
        return jdbc.sql("SELECT " + CASE + " FROM enforcement.enforcement_case WHERE id = ?").param(id)
                .query((rs, n) -> row(rs)).optional();
    }

    /**
     * Moves the case along the edge, where it still stands in the edge's source state, writing the day of the stage
     * reached (a column of the case: filed_on, decided_on, …) and what else the edge records; false if it had moved.
     */
    public boolean move(long id, Workflow.Transition<CaseStatus> edge, Map<String, Object> stamps) {
        StringBuilder set = new StringBuilder("status = :to");
        Map<String, Object> params = new HashMap<>();
        stamps.forEach((column, value) -> {
            if (!column.matches("[a-z_]+")) {
                throw new IllegalArgumentException("not a column: " + column);
            }
            set.append(", ").append(column).append(" = :").append(column);
            params.put(column, value instanceof LocalDate d ? Date.valueOf(d) : value);
        });
        params.put("to", edge.to().name());
        params.put("from", edge.from().name());
        params.put("id", id);
        return jdbc.sql("UPDATE enforcement.enforcement_case SET " + set + " WHERE id = :id AND status = :from")
                .params(params).update() == 1;
    }

    /** The running clock's reading for lists. */
    public void reading(long id, LocalDate deadline, String state) {
        jdbc.sql("UPDATE enforcement.enforcement_case SET deadline = ?, clock_state = ? WHERE id = ?")
                .params(Date.valueOf(deadline), state, id).update();
    }

    /** The party, once known (a lead from a warning may have none until it is filed). */
    public void party(long id, Party party) {
        jdbc.sql("UPDATE enforcement.enforcement_case SET party_kind = ?, party_credit_code = ?, party_name = ? "
                        + "WHERE id = ?")
                .params(party.kind().name(), party.creditCode(), party.name(), id).update();
    }

    /** The organisation that acts on the case (a lead from a warning gets the one of whoever files it). */
    public void organisation(long id, long organisationId, String organisationName) {
        jdbc.sql("UPDATE enforcement.enforcement_case SET organisation_id = ?, organisation_name = ? WHERE id = ?")
                .params(organisationId, organisationName, id).update();
    }

    /** The cases of the scope, newest lead first by default, filtered by status (null for all). */
    public Page<EnforcementCase> list(DivisionScope scope, CaseStatus status, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("lo", scope.lowest());
        params.put("hi", scope.highest());
        StringBuilder where = new StringBuilder(
                "FROM enforcement.enforcement_case WHERE division_code BETWEEN :lo AND :hi");
        if (status != null) {
            where.append(" AND status = :status");
            params.put("status", status.name());
        }
        return new KeysetList(where.toString(), params, new KeysetList.Column("id", "bigint"), Map.of(
                "lead", new KeysetList.Column("lead_on", "date"),
                "deadline", new KeysetList.Column("deadline", "date"),
                "division", new KeysetList.Column("division_code", "text")),
                new SortOrder("lead", true)).page(jdbc, CASE, page, (rs, n) -> row(rs));
    }

    public long addEvidence(long caseId, Evidence e, byte[] content) {
        return jdbc.sql("""
                        INSERT INTO enforcement.evidence (case_id, kind, title, source, collected_by, collected_on,
                            file_name, content_type, content, sha256, added_by, added_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(caseId, e.kind().name(), e.title(), e.source(), e.collectedBy(),
                        Date.valueOf(e.collectedOn()), e.fileName(), e.contentType(), content, e.sha256(),
                        e.addedBy(), Timestamp.from(e.addedAt()))
                .query(Long.class).single();
    }

    public List<Evidence> evidence(long caseId) {
        return jdbc.sql("SELECT " + EVIDENCE + " FROM enforcement.evidence WHERE case_id = ? ORDER BY id")
                .param(caseId).query((rs, n) -> evidence(rs)).list();
    }

    public Optional<byte[]> content(long caseId, long evidenceId) {
        return jdbc.sql("SELECT content FROM enforcement.evidence WHERE case_id = ? AND id = ?")
                .params(caseId, evidenceId).query((rs, n) -> rs.getBytes(1)).optional();
    }

    public Set<Long> evidenceIds(long caseId) {
        return new TreeSet<>(jdbc.sql("SELECT id FROM enforcement.evidence WHERE case_id = ?").param(caseId)
                .query(Long.class).list());
    }

    public void insertDecision(Decision d, Instant at) {
        DecisionDraft.CollectiveDecision c = d.collective();
        jdbc.sql("""
                        INSERT INTO enforcement.decision (case_id, item_code, procedure, legal_basis, circumstance, band,
                            band_lowest, band_highest, within_band, fine, goods_value, reasoning, collective_on,
                            collective_participants, collective_conclusion, outlier, decided_by, decided_on, decided_at)
                        SELECT id, item_code, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                        FROM enforcement.enforcement_case WHERE id = ?""")
                .params(d.procedure(), d.legalBasis(), d.circumstance(), d.band(), d.bandLowest(), d.bandHighest(),
                        d.withinBand(), d.fine(), d.goodsValue(), d.reasoning(),
                        c == null ? null : Date.valueOf(c.on()), c == null ? null : c.participants(),
                        c == null ? null : c.conclusion(), d.outlier(), d.decidedBy(), Date.valueOf(d.decidedOn()),
                        Timestamp.from(at), d.caseId())
                .update();
        for (int i = 0; i < d.facts().size(); i++) {
            DecisionDraft.Fact f = d.facts().get(i);
            jdbc.sql("INSERT INTO enforcement.decision_fact (case_id, position, text) VALUES (?, ?, ?)")
                    .params(d.caseId(), i + 1, f.text().strip()).update();
            for (Long evidence : new TreeSet<>(f.evidence())) {
                jdbc.sql("INSERT INTO enforcement.decision_citation (case_id, position, evidence_id) VALUES (?, ?, ?)")
                        .params(d.caseId(), i + 1, evidence).update();
            }
        }
        for (int i = 0; i < d.statements().size(); i++) {
            DecisionDraft.Statement s = d.statements().get(i);
            jdbc.sql("INSERT INTO enforcement.decision_statement (case_id, position, text, accepted, why) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(d.caseId(), i + 1, s.text().strip(), s.accepted(), s.why().strip()).update();
        }
    }

    public Optional<Decision> decision(long caseId) {
        Map<Integer, List<Long>> citations = new HashMap<>();
        jdbc.sql("SELECT position, evidence_id FROM enforcement.decision_citation WHERE case_id = ? "
                        + "ORDER BY position, evidence_id").param(caseId)
                .query(rs -> {
                    citations.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        List<DecisionDraft.Fact> facts = jdbc.sql("SELECT position, text FROM enforcement.decision_fact "
                        + "WHERE case_id = ? ORDER BY position").param(caseId)
                .query((rs, n) -> new DecisionDraft.Fact(rs.getString(2),
                        citations.getOrDefault(rs.getInt(1), List.of()))).list();
        List<DecisionDraft.Statement> statements = jdbc.sql("SELECT text, accepted, why FROM "
                        + "enforcement.decision_statement WHERE case_id = ? ORDER BY position").param(caseId)
                .query((rs, n) -> new DecisionDraft.Statement(rs.getString(1), rs.getBoolean(2), rs.getString(3)))
                .list();
        return jdbc.sql("SELECT * FROM enforcement.decision WHERE case_id = ?").param(caseId)
                .query((rs, n) -> new Decision(caseId, rs.getString("procedure"), rs.getString("legal_basis"),
                        rs.getString("circumstance"), rs.getString("band"), rs.getBigDecimal("band_lowest"),
                        rs.getBigDecimal("band_highest"), rs.getBoolean("within_band"), rs.getBigDecimal("fine"),
                        rs.getBigDecimal("goods_value"), rs.getString("reasoning"), facts, statements,
                        rs.getDate("collective_on") == null ? null : new DecisionDraft.CollectiveDecision(
                                rs.getDate("collective_on").toLocalDate(), rs.getString("collective_participants"),
                                rs.getString("collective_conclusion")),
                        rs.getBoolean("outlier"), rs.getString("decided_by"),
                        rs.getDate("decided_on").toLocalDate()))
                .optional();
    }

    /** The fines decided in the province for the item and band, other than the case's own. */
    public List<BigDecimal> fines(String itemCode, String band, long exceptCase) {
        return jdbc.sql("SELECT fine FROM enforcement.decision WHERE item_code = ? AND band = ? AND case_id <> ?")
                .params(itemCode, band, exceptCase).query(BigDecimal.class).list();
    }

    private static EnforcementCase row(ResultSet rs) throws SQLException {
        String kind = rs.getString("party_kind");
        Party party = kind == null ? null : new Party(Party.Kind.valueOf(kind), rs.getString("party_credit_code"),
                rs.getString("party_name"));
        Long org = rs.getObject("organisation_id", Long.class);
        return new EnforcementCase(rs.getLong("id"), rs.getString("case_no"), CaseStatus.valueOf(rs.getString("status")),
                rs.getString("source"), rs.getString("source_ref"), rs.getString("summary"), rs.getString("item_code"),
                rs.getString("item_name"), rs.getString("division_code"), org,
                rs.getString("organisation_name"), party, rs.getBoolean("major"), date(rs, "lead_on"),
                date(rs, "filed_on"), date(rs, "notified_on"), rs.getBigDecimal("intended_fine"),
                (Boolean) rs.getObject("hearing_right"), date(rs, "decided_on"), date(rs, "served_on"),
                date(rs, "executed_on"), date(rs, "closed_on"), rs.getString("reason"), date(rs, "deadline"),
                rs.getString("clock_state"), rs.getBoolean("demo"), rs.getString("opened_by"));
    }

    private static Evidence evidence(ResultSet rs) throws SQLException {
        return new Evidence(rs.getLong("id"), rs.getLong("case_id"), Evidence.Kind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("source"), rs.getString("collected_by"),
                date(rs, "collected_on"), rs.getString("file_name"), rs.getString("content_type"),
                rs.getLong("size"), rs.getString("sha256"), rs.getString("added_by"),
                rs.getTimestamp("added_at").toInstant());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
