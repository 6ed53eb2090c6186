package org.qualityguard.inspection.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qualityguard.risk.Cell;
import org.qualityguard.shared.DivisionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How warnings rose and decayed, what analysts decided, and the weekly record of a warned cell's lots. */
@Repository
public class WarningStore {

    private final JdbcClient jdbc;

    WarningStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Change(LocalDate on, String from, String to, double statistic, String lotId) {
    }

    public record Action(LocalDate on, String action, String comment, String by, Instant at) {
    }

    /** A remark on a warning by someone who may see it but not necessarily decide it. */
    public record Comment(String comment, String by, String division, Instant at) {
    }

    /** One week of a cell's inspected lots: how many, how many failed. */
    public record WeekPoint(LocalDate week, int inspected, int failed) {
    }

    private static final String SAME_CELL = " cell_kind = ? AND hs_prefix IS NOT DISTINCT FROM ? "
            + "AND origin IS NOT DISTINCT FROM ? AND consignee IS NOT DISTINCT FROM ? "
            + "AND manufacturer IS NOT DISTINCT FROM ? ";

    private static Object[] cellParams(Cell c) {
        return new Object[] {c.kind().name(), c.hsPrefix(), c.origin(), c.consignee(), c.manufacturer()};
    }

    public List<Change> changes(Cell cell) {
        return jdbc.sql("SELECT changed_on, from_level, to_level, statistic, lot_id FROM inspection.warning_changes "
                        + "WHERE" + SAME_CELL + "ORDER BY journal_seq, id")
                .params(cellParams(cell))
                .query((rs, n) -> new Change(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                        rs.getDouble(4), rs.getString(5)))
                .list();
    }

    public List<Action> actions(Cell cell) {
        return jdbc.sql("SELECT acted_on, action, comment, acted_by, acted_at FROM inspection.warning_actions "
                        + "WHERE" + SAME_CELL + "ORDER BY journal_seq")
                .params(cellParams(cell))
                .query((rs, n) -> new Action(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    public void insertComment(Cell cell, String comment, String by, String division, Instant at) {
        Object[] cellParams = cellParams(cell);
        jdbc.sql("INSERT INTO inspection.warning_comments (cell_kind, hs_prefix, origin, consignee, manufacturer, "
                        + "comment, commented_by, division_code, commented_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(cellParams[0], cellParams[1], cellParams[2], cellParams[3], cellParams[4], comment, by,
                        division, java.sql.Timestamp.from(at))
                .update();
    }

    /** The comments on a cell's warnings, oldest first. */
    public List<Comment> comments(Cell cell) {
        return jdbc.sql("SELECT comment, commented_by, division_code, commented_at FROM inspection.warning_comments "
                        + "WHERE" + SAME_CELL + "ORDER BY id")
                .params(cellParams(cell))
                .query((rs, n) -> new Comment(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** The cell's inspected lots in the reader's division by week of inspection, oldest first. */
    public List<WeekPoint> weeklyTrend(Cell cell, DivisionScope scope) {
        StringBuilder where = new StringBuilder("l.division_code BETWEEN ? AND ?");
        List<Object> params = new ArrayList<>(List.of(scope.lowest(), scope.highest()));
        if (cell.hsPrefix() != null) {
            where.append(" AND l.hs_code LIKE ?");
            params.add(cell.hsPrefix() + "%");
        }
        if (cell.origin() != null) {
            where.append(" AND l.origin = ?");
            params.add(cell.origin());
        }
        if (cell.consignee() != null) {
            where.append(" AND l.consignee = ?");
            params.add(cell.consignee());
        }
        if (cell.manufacturer() != null) {
            where.append(" AND l.manufacturer = ?");
            params.add(cell.manufacturer());
        }
        return jdbc.sql("SELECT date_trunc('week', r.inspected_on)::date, count(*), "
                        + "count(*) FILTER (WHERE r.outcome = 'FAIL') FROM inspection.results r "
                        + "JOIN inspection.lots l USING (lot_id) WHERE " + where + " GROUP BY 1 ORDER BY 1")
                .params(params)
                .query((rs, n) -> new WeekPoint(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getInt(3)))
                .list();
    }
}
