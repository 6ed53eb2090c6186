package org.qualityguard.inspection.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.qualityguard.shared.DivisionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The risk dashboard's figures, counted in the database over the lots of the bureaus in a division scope. Lots carry
 * their bureau's division code, so the scope is a range on the indexed {@code division_code} as in {@link LotStore}.
 */
@Repository
public class DashboardStore {

    private final JdbcClient jdbc;

    DashboardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Results of lots declared in a period, counted by HS chapter and origin. */
    public record ChapterOrigin(String chapter, String origin, long inspected, long failed) {
    }

    public List<ChapterOrigin> resultsByChapterAndOrigin(DivisionScope scope, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT substr(l.hs_code, 1, 2), l.origin, count(*), count(*) FILTER (WHERE r.outcome = 'FAIL')
                  FROM inspection.lots l JOIN inspection.results r USING (lot_id)
                 WHERE l.division_code BETWEEN ? AND ? AND l.declared_on BETWEEN ? AND ?
                 GROUP BY 1, 2""")
                .params(scope.lowest(), scope.highest(), from, to)
                .query((rs, n) -> new ChapterOrigin(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** Results of lots declared in a week (starting Monday) whose selection reason is one of {@code reasons}. */
    public record WeekCount(LocalDate week, long inspected, long failed) {
    }

    public List<WeekCount> resultsByWeek(DivisionScope scope, LocalDate from, LocalDate to,
                                         Collection<String> reasons) {
        return jdbc.sql("""
                SELECT date_trunc('week', l.declared_on)::date, count(*), count(*) FILTER (WHERE r.outcome = 'FAIL')
                  FROM inspection.lots l JOIN inspection.results r USING (lot_id)
                 WHERE l.division_code BETWEEN ? AND ? AND l.declared_on BETWEEN ? AND ? AND l.reason = ANY (?)
                 GROUP BY 1 ORDER BY 1""")
                .params(scope.lowest(), scope.highest(), from, to, reasons.toArray(String[]::new))
                .query((rs, n) -> new WeekCount(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    /** Lots a bureau decided in a period and how many of them it selected for inspection. */
    public record BureauDecisions(String bureau, long decided, long selected) {
    }

    public List<BureauDecisions> decisionsByBureau(DivisionScope scope, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT l.bureau, count(*), count(*) FILTER (WHERE l.selected)
                  FROM inspection.lots l
                 WHERE l.division_code BETWEEN ? AND ? AND l.declared_on BETWEEN ? AND ?
                 GROUP BY 1""")
                .params(scope.lowest(), scope.highest(), from, to)
                .query((rs, n) -> new BureauDecisions(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }
}
