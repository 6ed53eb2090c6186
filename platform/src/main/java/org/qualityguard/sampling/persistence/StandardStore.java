package org.qualityguard.sampling.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.qualityguard.sampling.domain.Comparison;
import org.qualityguard.sampling.domain.StandardLimit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The standards table with every version of every row. */
@Repository
public class StandardStore {

    private final JdbcClient jdbc;

    StandardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version of every row. */
    public List<StandardLimit> all() {
        return jdbc.sql("SELECT * FROM sampling.standard_limit ORDER BY standard_no, item, applies_to, version")
                .query(StandardStore::limit).list();
    }

    /** The latest version of each row, as the table shows it. */
    public List<StandardLimit> latest() {
        return jdbc.sql("SELECT DISTINCT ON (standard_no, item, applies_to) * FROM sampling.standard_limit "
                        + "ORDER BY standard_no, item, applies_to, version DESC")
                .query(StandardStore::limit).list();
    }

    public int latestVersionOf(String standardNo, String item, String appliesTo) {
        return jdbc.sql("SELECT coalesce(max(version), 0) FROM sampling.standard_limit "
                        + "WHERE standard_no = ? AND item = ? AND applies_to = ?")
                .params(standardNo, item, appliesTo).query(Integer.class).single();
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT count(*) FROM sampling.standard_limit").query(Long.class).single() == 0;
    }

    /** Writes the row as a new version. */
    public void insert(StandardLimit l, String by, Instant at) {
        jdbc.sql("INSERT INTO sampling.standard_limit (standard_no, item, applies_to, limit_value, unit, comparison, "
                        + "status, replaced_by, effective_from, effective_until, source, version, changed_by, changed_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(l.standardNo(), l.item(), l.appliesTo(), l.limit(), l.unit(), l.comparison().name(),
                        l.status().name(), l.replacedBy(), Date.valueOf(l.effectiveFrom()),
                        l.effectiveUntil() == null ? null : Date.valueOf(l.effectiveUntil()), l.source(), l.version(),
                        by, Timestamp.from(at))
                .update();
    }

    private static StandardLimit limit(ResultSet rs, int n) throws SQLException {
        Date until = rs.getDate("effective_until");
        return new StandardLimit(rs.getString("standard_no"), rs.getString("item"), rs.getString("applies_to"),
                rs.getBigDecimal("limit_value"), rs.getString("unit"), Comparison.valueOf(rs.getString("comparison")),
                StandardLimit.Status.valueOf(rs.getString("status")), rs.getString("replaced_by"),
                rs.getDate("effective_from").toLocalDate(), until == null ? null : until.toLocalDate(),
                rs.getString("source"), rs.getInt("version"));
    }
}
