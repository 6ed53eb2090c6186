package org.qualityguard.equipment.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.qualityguard.equipment.DivisionUnits;
import org.qualityguard.equipment.EquipmentUnit;
import org.qualityguard.equipment.domain.EquipmentKind;
import org.qualityguard.equipment.domain.InspectionCycles;
import org.qualityguard.equipment.domain.Unit;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.qualityguard.shared.SortOrder;
import org.qualityguard.shared.database.KeysetList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The units table and the cycles table; every read of units names the reader's scope. */
@Repository
public class Units {

    private static final String COLUMNS = "registration_code, kind, user_credit_code, maintenance_unit, division_code, "
            + "commissioned_on, safety_level, last_inspected_on, last_result, next_due_on";

    /** Typed, so that a missing maintenance unit or last inspection is bound without asking the server its type. */
    private static final int[] UPSERT_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.DATE, Types.SMALLINT, Types.DATE, Types.VARCHAR, Types.DATE, Types.TIMESTAMP};
    private static final KeysetList.Column CODE = new KeysetList.Column("registration_code", "text");
    /** The keys the units list can be sorted by; ties are broken by the registration code. */
    private static final Map<String, KeysetList.Column> SORTABLE = Map.of(
            "due", new KeysetList.Column("next_due_on", "date"),
            "code", CODE,
            "division", new KeysetList.Column("division_code", "text"));

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final BusinessTime time;

    Units(JdbcClient jdbc, JdbcTemplate batch, BusinessTime time) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.time = time;
    }

    public Optional<EquipmentUnit> find(String registrationCode, DivisionScope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM equipment.unit WHERE registration_code = ? "
                        + "AND division_code BETWEEN ? AND ?")
                .params(registrationCode, scope.lowest(), scope.highest()).query(Units::unit).optional();
    }

    public Optional<EquipmentUnit> findAnywhere(String registrationCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM equipment.unit WHERE registration_code = ?")
                .param(registrationCode).query(Units::unit).optional();
    }

    public Set<String> existing(List<String> codes) {
        return new HashSet<>(jdbc.sql("SELECT registration_code FROM equipment.unit WHERE registration_code = ANY(?)")
                .param(codes.toArray(String[]::new)).query(String.class).list());
    }

    /** The last periodic inspection of each of these units that has one, as "date/result" (2026-03-15/PASS). */
    public Map<String, String> lastInspections(List<String> codes) {
        Map<String, String> out = new java.util.HashMap<>();
        jdbc.sql("SELECT registration_code, last_inspected_on, last_result FROM equipment.unit "
                        + "WHERE registration_code = ANY(?) AND last_inspected_on IS NOT NULL")
                .param(codes.toArray(String[]::new))
                .query(rs -> {
                    out.put(rs.getString(1), rs.getDate(2).toLocalDate() + "/" + rs.getString(3));
                });
        return out;
    }

    /** Inserts or updates the units in one batch (an import of thousands is a few round trips). */
    public void upsert(List<Unit> units, InspectionCycles cycles) {
        List<Object[]> rows = new ArrayList<>(units.size());
        Timestamp now = Timestamp.from(time.now());
        for (Unit u : units) {
            rows.add(new Object[] {u.registrationCode(), u.kind().name(), u.userCreditCode(), u.maintenanceUnit(),
                u.division().value(), Date.valueOf(u.commissionedOn()), u.safetyLevel(),
                u.lastInspectedOn() == null ? null : Date.valueOf(u.lastInspectedOn()),
                u.lastResult() == null ? null : u.lastResult().name(), Date.valueOf(u.nextDue(cycles)), now});
        }
        batch.batchUpdate("""
                        INSERT INTO equipment.unit (registration_code, kind, user_credit_code, maintenance_unit,
                            division_code, commissioned_on, safety_level, last_inspected_on, last_result, next_due_on,
                            updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (registration_code) DO UPDATE SET kind = excluded.kind,
                            user_credit_code = excluded.user_credit_code, maintenance_unit = excluded.maintenance_unit,
                            division_code = excluded.division_code, commissioned_on = excluded.commissioned_on,
                            safety_level = excluded.safety_level, last_inspected_on = excluded.last_inspected_on,
                            last_result = excluded.last_result, next_due_on = excluded.next_due_on,
                            updated_at = excluded.updated_at""",
                rows, UPSERT_TYPES);
    }

    /** Units due on or before {@code until} (overdue ones included), soonest first. */
    public List<EquipmentUnit> dueBy(DivisionScope scope, LocalDate until, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM equipment.unit WHERE division_code BETWEEN ? AND ? "
                        + "AND next_due_on <= ? ORDER BY next_due_on, registration_code LIMIT ?")
                .params(scope.lowest(), scope.highest(), Date.valueOf(until), limit).query(Units::unit).list();
    }

    /**
     * A page of the units within the scope, soonest due first unless asked otherwise: all of them, or only those
     * due before {@code dueBefore} and on or after {@code dueFrom} (either may be null).
     */
    public org.qualityguard.shared.Page<EquipmentUnit> list(DivisionScope scope, LocalDate dueFrom, LocalDate dueBefore,
                                                            org.qualityguard.shared.PageRequest page) {
        return list(scope, dueFrom, dueBefore).page(jdbc, COLUMNS, page, Units::unit);
    }

    /** Every unit {@link #list(DivisionScope, LocalDate, LocalDate, org.qualityguard.shared.PageRequest)} pages. */
    public void forEach(DivisionScope scope, LocalDate dueFrom, LocalDate dueBefore, SortOrder sort,
                        Consumer<EquipmentUnit> sink) {
        list(scope, dueFrom, dueBefore).forEach(jdbc, COLUMNS, sort, Units::unit, sink);
    }

    private static KeysetList list(DivisionScope scope, LocalDate dueFrom, LocalDate dueBefore) {
        return new KeysetList("FROM equipment.unit WHERE division_code BETWEEN :lo AND :hi "
                + "AND next_due_on >= :dueFrom AND next_due_on < :dueBefore",
                Map.of("lo", scope.lowest(), "hi", scope.highest(),
                        "dueFrom", Date.valueOf(dueFrom == null ? LocalDate.of(1, 1, 1) : dueFrom),
                        "dueBefore", Date.valueOf(dueBefore == null ? LocalDate.of(9999, 1, 1) : dueBefore)),
                CODE, SORTABLE, new SortOrder("due", false));
    }

    public List<EquipmentUnit> ofUsers(java.util.Collection<String> creditCodes) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM equipment.unit WHERE user_credit_code = ANY(?) "
                        + "ORDER BY user_credit_code, registration_code")
                .param(creditCodes.toArray(String[]::new)).query(Units::unit).list();
    }

    public List<DivisionUnits> countsByDivision(DivisionScope scope, LocalDate today) {
        return jdbc.sql("""
                        SELECT division_code, count(*), count(*) FILTER (WHERE next_due_on < ?)
                        FROM equipment.unit WHERE division_code BETWEEN ? AND ? GROUP BY division_code""")
                .params(Date.valueOf(today), scope.lowest(), scope.highest())
                .query((rs, n) -> new DivisionUnits(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    public InspectionCycles cycles() {
        Map<EquipmentKind, int[]> c = new EnumMap<>(EquipmentKind.class);
        InspectionCycles defaults = InspectionCycles.defaults();
        for (EquipmentKind k : EquipmentKind.values()) {
            c.put(k, defaults.copyOf(k));
        }
        jdbc.sql("SELECT kind, safety_level, months FROM equipment.inspection_cycle").query(rs -> {
            c.get(EquipmentKind.valueOf(rs.getString(1)))[rs.getInt(2)] = rs.getInt(3);
        });
        return new InspectionCycles(c);
    }

    /** Stores one kind's cycles and recomputes the due dates of that kind's units with them. */
    public int changeCycles(EquipmentKind kind, int[] months) {
        List<Object[]> rows = new ArrayList<>();
        for (int level = 0; level < months.length; level++) {
            jdbc.sql("""
                            INSERT INTO equipment.inspection_cycle (kind, safety_level, months) VALUES (?, ?, ?)
                            ON CONFLICT (kind, safety_level) DO UPDATE SET months = excluded.months""")
                    .params(kind.name(), level, months[level]).update();
        }
        return jdbc.sql("""
                        UPDATE equipment.unit u SET next_due_on = CASE
                            WHEN u.last_result = 'FAIL' THEN u.last_inspected_on
                            ELSE (COALESCE(u.last_inspected_on, u.commissioned_on) + make_interval(months => c.months))::date
                          END, updated_at = ?
                        FROM equipment.inspection_cycle c
                        WHERE u.kind = ? AND c.kind = u.kind AND c.safety_level = u.safety_level""")
                .params(Timestamp.from(time.now()), kind.name()).update();
    }

    private static EquipmentUnit unit(ResultSet rs, int row) throws SQLException {
        Date last = rs.getDate("last_inspected_on");
        return new EquipmentUnit(rs.getString("registration_code"), rs.getString("kind"),
                rs.getString("user_credit_code"), rs.getString("maintenance_unit"),
                new DivisionCode(rs.getString("division_code")), rs.getDate("commissioned_on").toLocalDate(),
                rs.getInt("safety_level"), last == null ? null : last.toLocalDate(), rs.getString("last_result"),
                rs.getDate("next_due_on").toLocalDate());
    }
}
