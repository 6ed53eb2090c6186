package org.qualityguard.power.supervision;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.qualityguard.power.RunningAct;
import org.qualityguard.power.SupervisionCard;
import org.qualityguard.power.SupervisionNotice;
import org.qualityguard.power.SupervisionTally;
import org.qualityguard.shared.DivisionScope;
import org.qualityguard.shared.Page;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.shared.SortOrder;
import org.qualityguard.shared.clock.ClockReading;
import org.qualityguard.shared.database.KeysetList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The supervised acts, their cards and notices (schema {@code power}); cards and notices are never deleted. */
@Repository
public class SupervisionStore {

    private static final String ACT = """
            act_id, item_code, item_version, item_name, organisation_id, organisation_name, division_code, started_on,
            limit_source, read_on, deadline, allowed, used, clock_state, card, completed_on, demo""";
    private static final String CARD = """
            id, act_id, item_code, organisation_id, organisation_name, division_code, level, issued_on, used, allowed,
            deadline""";
    private static final String NOTICE = """
            id, act_id, card_id, division_code, organisation_id, text, issued_by, issued_on, due_on, answer,
            answered_by, answered_on""";

    private final JdbcClient jdbc;

    SupervisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new act, with its first reading. */
    public void insert(RunningAct a, String by, Instant at) {
        jdbc.sql("INSERT INTO power.running_act (" + ACT + ", started_by, started_at) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(a.actId(), a.itemCode(), a.itemVersion(), a.itemName(), a.organisationId(),
                        a.organisationName(), a.division(), Date.valueOf(a.startedOn()), a.limitSource(),
                        Date.valueOf(a.readOn()), Date.valueOf(a.deadline()), a.allowed(), a.used(), a.clockState(),
                        a.card(), null, a.demo(), by, Timestamp.from(at))
                .update();
    }

    /** The clock's latest reading, a projection for lists; the clock itself is its events. */
    public void reading(String actId, ClockReading r, ClockReading.Card card) {
        jdbc.sql("UPDATE power.running_act SET read_on = ?, deadline = ?, allowed = ?, used = ?, clock_state = ?, "
                        + "card = ? WHERE act_id = ?")
                .params(Date.valueOf(r.asOf()), Date.valueOf(r.deadline()), r.allowed(), r.used(), r.state().name(),
                        card.name(), actId)
                .update();
    }

    /** Marks the act done; false when it already was. */
    public boolean complete(String actId, LocalDate on) {
        return jdbc.sql("UPDATE power.running_act SET completed_on = ? WHERE act_id = ? AND completed_on IS NULL")
                .params(Date.valueOf(on), actId).update() == 1;
    }

    public Optional<RunningAct> find(String actId) {
        return jdbc.sql("SELECT " + ACT + " FROM power.running_act WHERE act_id = ?").param(actId)
                .query(SupervisionStore::act).optional();
    }

    /** The acts whose clocks still run (not completed), for the daily sweep. */
    public List<String> openActs() {
        return jdbc.sql("SELECT act_id FROM power.running_act WHERE completed_on IS NULL ORDER BY act_id")
                .query(String.class).list();
    }

    public boolean anyDemo() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM power.running_act WHERE demo)").query(Boolean.class).single();
    }

    /** Issues the card unless the act already has one of that level; true when issued. */
    public boolean issue(RunningAct a, ClockReading r, ClockReading.Card level, Instant at) {
        return jdbc.sql("""
                        INSERT INTO power.card (act_id, item_code, organisation_id, organisation_name, division_code,
                                                level, issued_on, used, allowed, deadline, issued_at)
                        VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (act_id, level) DO NOTHING""")
                .params(a.actId(), a.itemCode(), a.organisationId(), a.organisationName(), a.division(), level.name(),
                        Date.valueOf(r.asOf()), r.used(), r.allowed(), Date.valueOf(r.deadline()), Timestamp.from(at))
                .update() == 1;
    }

    public List<SupervisionCard> cardsOf(String actId) {
        return jdbc.sql("SELECT " + CARD + " FROM power.card WHERE act_id = ? ORDER BY id").param(actId)
                .query(SupervisionStore::card).list();
    }

    public Optional<SupervisionCard> card(long id) {
        return jdbc.sql("SELECT " + CARD + " FROM power.card WHERE id = ?").param(id)
                .query(SupervisionStore::card).optional();
    }

    /** What a list of cards is filtered by: level, item, organisation (any null for all). */
    public record CardFilter(String level, String itemCode, Long organisationId) {
    }

    public Page<SupervisionCard> cards(DivisionScope scope, CardFilter filter, PageRequest page) {
        return cardList(scope, filter).page(jdbc, CARD, page, SupervisionStore::card);
    }

    public void forEachCard(DivisionScope scope, CardFilter filter, SortOrder sort, Consumer<SupervisionCard> sink) {
        cardList(scope, filter).forEach(jdbc, CARD, sort, SupervisionStore::card, sink);
    }

    private static KeysetList cardList(DivisionScope scope, CardFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("lo", scope.lowest());
        params.put("hi", scope.highest());
        StringBuilder where = new StringBuilder("FROM power.card WHERE division_code BETWEEN :lo AND :hi");
        if (filter.level() != null) {
            where.append(" AND level = :level");
            params.put("level", filter.level());
        }
        if (filter.itemCode() != null) {
            where.append(" AND item_code = :item");
            params.put("item", filter.itemCode());
        }
        if (filter.organisationId() != null) {
            where.append(" AND organisation_id = :org");
            params.put("org", filter.organisationId());
        }
        return new KeysetList(where.toString(), params, new KeysetList.Column("id", "bigint"), Map.of(
                "issued", new KeysetList.Column("issued_on", "date"),
                "item", new KeysetList.Column("item_code", "text"),
                "organisation", new KeysetList.Column("organisation_name", "text"),
                "division", new KeysetList.Column("division_code", "text")),
                new SortOrder("issued", true));
    }

    /** The running acts of the scope, by deadline, filtered by card (NONE, YELLOW, RED; null for all). */
    public Page<RunningAct> acts(DivisionScope scope, String card, PageRequest page) {
        return actList(scope, card).page(jdbc, ACT, page, SupervisionStore::act);
    }

    private static KeysetList actList(DivisionScope scope, String card) {
        Map<String, Object> params = new HashMap<>();
        params.put("lo", scope.lowest());
        params.put("hi", scope.highest());
        String where = "FROM power.running_act WHERE division_code BETWEEN :lo AND :hi AND completed_on IS NULL";
        if (card != null) {
            where += " AND card = :card";
            params.put("card", card);
        }
        return new KeysetList(where, params, new KeysetList.Column("act_id", "text"), Map.of(
                "deadline", new KeysetList.Column("deadline", "date"),
                "item", new KeysetList.Column("item_code", "text"),
                "division", new KeysetList.Column("division_code", "text")),
                new SortOrder("deadline", false));
    }

    /** Running acts of the scope counted by division (at the given prefix length) or by item. */
    public List<SupervisionTally> tally(DivisionScope scope, boolean byItem, int divisionDigits) {
        String key = byItem ? "item_code" : "rpad(left(division_code, " + divisionDigits + "), 6, '0')";
        return jdbc.sql("SELECT " + key + " AS k, " + (byItem ? "min(item_name)" : "''") + " AS label, count(*) AS n, "
                        + "count(*) FILTER (WHERE card = 'NONE') AS on_time, "
                        + "count(*) FILTER (WHERE card = 'YELLOW') AS yellow, "
                        + "count(*) FILTER (WHERE card = 'RED') AS red FROM power.running_act "
                        + "WHERE division_code BETWEEN ? AND ? AND completed_on IS NULL GROUP BY 1 ORDER BY 1")
                .params(scope.lowest(), scope.highest())
                .query((rs, n) -> new SupervisionTally(rs.getString("k"), rs.getString("label"), rs.getLong("n"),
                        rs.getLong("on_time"), rs.getLong("yellow"), rs.getLong("red")))
                .list();
    }

    public long insertNotice(SupervisionNotice n, Instant at) {
        return jdbc.sql("""
                        INSERT INTO power.notice (act_id, card_id, division_code, organisation_id, text, issued_by,
                                                  issued_on, due_on, issued_at)
                        VALUES (?,?,?,?,?,?,?,?,?) RETURNING id""")
                .params(n.actId(), n.cardId(), n.division(), n.organisationId(), n.text(), n.issuedBy(),
                        Date.valueOf(n.issuedOn()), Date.valueOf(n.dueOn()), Timestamp.from(at))
                .query(Long.class).single();
    }

    /** Records the answer; false when the notice was already answered. */
    public boolean answer(long id, String answer, String by, LocalDate on, Instant at) {
        return jdbc.sql("UPDATE power.notice SET answer = ?, answered_by = ?, answered_on = ?, answered_at = ? "
                        + "WHERE id = ? AND answer IS NULL")
                .params(answer, by, Date.valueOf(on), Timestamp.from(at), id).update() == 1;
    }

    public Optional<SupervisionNotice> notice(long id) {
        return jdbc.sql("SELECT " + NOTICE + " FROM power.notice WHERE id = ?").param(id)
                .query(SupervisionStore::notice).optional();
    }

    public List<SupervisionNotice> noticesOf(String actId) {
        return jdbc.sql("SELECT " + NOTICE + " FROM power.notice WHERE act_id = ? ORDER BY id").param(actId)
                .query(SupervisionStore::notice).list();
    }

    /** The notices of the scope, newest first (at most {@code limit}). */
    public List<SupervisionNotice> notices(DivisionScope scope, int limit) {
        return jdbc.sql("SELECT " + NOTICE + " FROM power.notice WHERE division_code BETWEEN ? AND ? "
                        + "ORDER BY id DESC LIMIT ?")
                .params(scope.lowest(), scope.highest(), limit).query(SupervisionStore::notice).list();
    }

    private static RunningAct act(ResultSet rs, int n) throws SQLException {
        Date completed = rs.getDate("completed_on");
        return new RunningAct(rs.getString("act_id"), rs.getString("item_code"), rs.getInt("item_version"),
                rs.getString("item_name"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                rs.getString("division_code"), rs.getDate("started_on").toLocalDate(), rs.getString("limit_source"),
                rs.getDate("read_on").toLocalDate(), rs.getDate("deadline").toLocalDate(), rs.getInt("allowed"),
                rs.getInt("used"), rs.getString("clock_state"), rs.getString("card"),
                completed == null ? null : completed.toLocalDate(), rs.getBoolean("demo"));
    }

    private static SupervisionCard card(ResultSet rs, int n) throws SQLException {
        return new SupervisionCard(rs.getLong("id"), rs.getString("act_id"), rs.getString("item_code"),
                rs.getLong("organisation_id"), rs.getString("organisation_name"), rs.getString("division_code"),
                rs.getString("level"), rs.getDate("issued_on").toLocalDate(), rs.getInt("used"), rs.getInt("allowed"),
                rs.getDate("deadline").toLocalDate());
    }

    private static SupervisionNotice notice(ResultSet rs, int n) throws SQLException {
        long card = rs.getLong("card_id");
        Long cardId = rs.wasNull() ? null : card;
        Date answered = rs.getDate("answered_on");
        return new SupervisionNotice(rs.getLong("id"), rs.getString("act_id"), cardId, rs.getString("division_code"),
                rs.getLong("organisation_id"), rs.getString("text"), rs.getString("issued_by"),
                rs.getDate("issued_on").toLocalDate(), rs.getDate("due_on").toLocalDate(), rs.getString("answer"),
                rs.getString("answered_by"), answered == null ? null : answered.toLocalDate());
    }
}
