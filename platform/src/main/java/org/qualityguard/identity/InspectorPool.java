package org.qualityguard.identity;

import java.util.List;

import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The enabled inspectors of organisations within a division: the pool a plan draws inspectors from. */
@Service
public class InspectorPool {

    /** An inspector as a plan sees them. */
    public record Inspector(long id, String username, String displayName, DivisionCode division) {
    }

    private final JdbcClient jdbc;

    InspectorPool(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In ascending id order, so that a draw over the pool is reproducible. */
    @Transactional(readOnly = true)
    public List<Inspector> within(DivisionScope scope) {
        return jdbc.sql("""
                        SELECT s.id, s.username, s.display_name, o.division_code
                        FROM identity.staff s JOIN identity.organisation o ON o.id = s.organisation_id
                        WHERE s.enabled AND o.division_code BETWEEN ? AND ?
                          AND EXISTS (SELECT 1 FROM identity.staff_role r WHERE r.staff_id = s.id AND r.role = 'INSPECTOR')
                        ORDER BY s.id""")
                .params(scope.lowest(), scope.highest())
                .query((rs, n) -> new Inspector(rs.getLong(1), rs.getString(2), rs.getString(3),
                        new DivisionCode(rs.getString(4))))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Inspector> byIds(java.util.Collection<Long> ids) {
        return jdbc.sql("""
                        SELECT s.id, s.username, s.display_name, o.division_code
                        FROM identity.staff s JOIN identity.organisation o ON o.id = s.organisation_id
                        WHERE s.id = ANY(?)""")
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> new Inspector(rs.getLong(1), rs.getString(2), rs.getString(3),
                        new DivisionCode(rs.getString(4))))
                .list();
    }
}
