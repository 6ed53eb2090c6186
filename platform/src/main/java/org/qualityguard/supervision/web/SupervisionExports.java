package org.qualityguard.supervision.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.ListExports;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.supervision.Coverage;
import org.qualityguard.supervision.InspectionPlans;
import org.qualityguard.supervision.PlanView;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.sheet.SheetWriter;
import org.qualityguard.shared.sheet.SheetWriter.Column;
import org.springframework.stereotype.Component;

/** Coverage and the plans as .xlsx, for the console and the API alike, from the same scoped reads as the pages. */
@Component
class SupervisionExports {

    private final Coverage coverage;
    private final InspectionPlans plans;
    private final Divisions divisions;
    private final ListExports exports;
    private final BusinessTime time;

    SupervisionExports(Coverage coverage, InspectionPlans plans, Divisions divisions, ListExports exports,
                       BusinessTime time) {
        this.time = time;
        this.coverage = coverage;
        this.plans = plans;
        this.divisions = divisions;
        this.exports = exports;
    }

    /**
     * One row per city, then one per county, each with its counts and shares as on the coverage page; the year is
     * this business year unless one is given.
     */
    void coverage(StaffUser reader, Integer asked, Locale locale, OutputStream out) throws IOException {
        int year = asked == null ? time.today().getYear() : asked;
        Coverage.Report report = coverage.of(reader, year);
        record Line(String level, Coverage.Row row) {
        }
        SheetWriter<Line> sheet = new SheetWriter<>("coverage.title", List.of(
                Column.of("export.coverage.level", (l, t) -> t.get(l.level())),
                Column.plain("export.coverage.code", l -> l.row().divisionCode()),
                Column.plain("field.division", l -> l.row().name()),
                Column.plain("export.coverage.foodProducers", l -> l.row().foodProducers()),
                Column.plain("coverage.food", l -> l.row().foodGraded()),
                Column.plain("export.coverage.foodPercent", l -> l.row().foodGradedPercent()),
                Column.plain("export.coverage.equipmentUsers", l -> l.row().equipmentUsers()),
                Column.plain("coverage.equipment", l -> l.row().equipmentGraded()),
                Column.plain("export.coverage.equipmentPercent", l -> l.row().equipmentGradedPercent()),
                Column.plain("export.coverage.planned", l -> l.row().planned()),
                Column.plain("coverage.onTime", l -> l.row().inspectedOnTime()),
                Column.plain("export.coverage.onTimePercent", l -> l.row().onTimePercent()),
                Column.plain("export.coverage.units", l -> l.row().units()),
                Column.plain("coverage.overdue", l -> l.row().overdueUnits())));
        List<Line> lines = new ArrayList<>();
        report.cities().forEach(r -> lines.add(new Line("export.coverage.city", r)));
        report.counties().forEach(r -> lines.add(new Line("export.coverage.county", r)));
        lines.add(new Line("export.coverage.total", report.total()));
        exports.write(reader, "supervision.coverage", Map.of("year", year), sheet, locale, out, lines::forEach);
    }

    void plans(StaffUser reader, Locale locale, OutputStream out) throws IOException {
        SheetWriter<PlanView> sheet = new SheetWriter<>("plans.title", List.of(
                Column.plain("export.plans.id", PlanView::id),
                Column.plain("field.division", p -> divisions.labelOf(p.divisionCode())),
                Column.plain("export.plans.year", p -> Integer.toString(p.year())),
                Column.plain("plans.monthColumn", PlanView::month),
                Column.of("plans.status", (p, t) -> t.get("plan.status." + p.status())),
                Column.plain("plans.seed", p -> Long.toString(p.seed())),
                Column.plain("export.plans.inspections", p -> p.inspections().size()),
                Column.plain("plans.createdBy", PlanView::createdBy),
                Column.plain("plans.approvedBy", PlanView::approvedBy)));
        List<PlanView> all = plans.list(reader);
        exports.write(reader, "supervision.plans", Map.of(), sheet, locale, out, all::forEach);
    }
}
