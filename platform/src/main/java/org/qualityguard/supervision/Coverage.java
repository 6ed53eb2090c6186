package org.qualityguard.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.qualityguard.enterprise.DivisionEnterprises;
import org.qualityguard.enterprise.EnterpriseDirectory;
import org.qualityguard.equipment.DivisionUnits;
import org.qualityguard.equipment.EquipmentRegister;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionLevel;
import org.qualityguard.shared.DivisionScope;
import org.qualityguard.supervision.persistence.GradeStore;
import org.qualityguard.supervision.persistence.PlanStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage by city and county within the reader's division: how many supervised enterprises are graded, how many
 * planned inspections of the year were done by the end of their month, how many equipment units are overdue, and the
 * province's targets (food producers all graded by year end; special-equipment users at least 30 %).
 */
@Service
public class Coverage {

    public static final int FOOD_TARGET_PERCENT = 100;
    public static final int EQUIPMENT_TARGET_PERCENT = 30;

    private final EnterpriseDirectory enterprises;
    private final EquipmentRegister equipment;
    private final GradeStore grades;
    private final PlanStore plans;
    private final Divisions divisions;
    private final Clock clock;
    private final AccessPolicy access;

    Coverage(EnterpriseDirectory enterprises, EquipmentRegister equipment, GradeStore grades, PlanStore plans,
             Divisions divisions, Clock clock, AccessPolicy access) {
        this.enterprises = enterprises;
        this.equipment = equipment;
        this.grades = grades;
        this.plans = plans;
        this.divisions = divisions;
        this.clock = clock;
        this.access = access;
    }

    /** One division's figures; the shares are percentages rounded down, null when there is nothing to count. */
    public record Row(String divisionCode, String name, long foodProducers, long foodGraded, long equipmentUsers,
                      long equipmentGraded, long planned, long inspectedOnTime, long units, long overdueUnits) {

        public Integer foodGradedPercent() {
            return percent(foodGraded, foodProducers);
        }

        public Integer equipmentGradedPercent() {
            return percent(equipmentGraded, equipmentUsers);
        }

        public Integer onTimePercent() {
            return percent(inspectedOnTime, planned);
        }

        Row plus(Row o) {
            return new Row(divisionCode, name, foodProducers + o.foodProducers, foodGraded + o.foodGraded,
                    equipmentUsers + o.equipmentUsers, equipmentGraded + o.equipmentGraded, planned + o.planned,
                    inspectedOnTime + o.inspectedOnTime, units + o.units, overdueUnits + o.overdueUnits);
        }

        private static Integer percent(long part, long whole) {
            return whole == 0 ? null : (int) (100 * part / whole);
        }
    }

    /** The year's coverage: cities, their counties, the total, and the day it was counted on. */
    public record Report(int year, LocalDate asOf, List<Row> cities, List<Row> counties, Row total) {

        public boolean foodTargetMet() {
            return total.foodGradedPercent() != null && total.foodGradedPercent() >= FOOD_TARGET_PERCENT;
        }

        public boolean equipmentTargetMet() {
            return total.equipmentGradedPercent() != null
                    && total.equipmentGradedPercent() >= EQUIPMENT_TARGET_PERCENT;
        }
    }

    @Transactional(readOnly = true)
    public Report of(StaffUser reader, int year) {
        access.require(reader, Permission.READ_SUPERVISION);
        DivisionScope scope = reader.scope();
        LocalDate today = LocalDate.now(clock);
        int uptoMonth = year < today.getYear() ? 12 : year > today.getYear() ? 0 : today.getMonthValue();
        Map<String, long[]> byDivision = new TreeMap<>();
        for (DivisionEnterprises e : enterprises.countsByDivision(scope)) {
            long[] c = figures(byDivision, e.divisionCode());
            c[0] += e.foodProducers();
            c[2] += e.specialEquipmentUsers();
        }
        for (Object[] g : grades.gradedCounts(scope)) {
            figures(byDivision, (String) g[0])["FOOD".equals(g[1]) ? 1 : 3] += (Long) g[2];
        }
        for (Object[] p : plans.onTime(scope, year, uptoMonth)) {
            long[] c = figures(byDivision, (String) p[0]);
            c[4] += (Long) p[1];
            c[5] += (Long) p[2];
        }
        for (DivisionUnits u : equipment.countsByDivision(scope)) {
            long[] c = figures(byDivision, u.divisionCode());
            c[6] += u.units();
            c[7] += u.overdue();
        }
        List<Row> counties = new ArrayList<>();
        Map<String, Row> cities = new TreeMap<>();
        Row total = row(reader.division().value(), new long[8]);
        for (Map.Entry<String, long[]> e : byDivision.entrySet()) {
            Row county = row(e.getKey(), e.getValue());
            counties.add(county);
            String city = cityOf(e.getKey());
            cities.merge(city, row(city, e.getValue()), Row::plus);
            total = total.plus(county);
        }
        return new Report(year, today, List.copyOf(cities.values()), counties, total);
    }

    private static long[] figures(Map<String, long[]> byDivision, String division) {
        return byDivision.computeIfAbsent(division, d -> new long[8]);
    }

    private Row row(String division, long[] c) {
        return new Row(division, divisions.labelOf(new DivisionCode(division)), c[0], c[1], c[2], c[3], c[4], c[5],
                c[6], c[7]);
    }

    private static String cityOf(String division) {
        DivisionCode code = new DivisionCode(division);
        return code.level() == DivisionLevel.COUNTY ? code.parent().value() : division;
    }
}
