package org.qualityguard.supervision.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.qualityguard.supervision.GradeView;
import org.qualityguard.supervision.Grading;
import org.qualityguard.supervision.InspectionPlans;
import org.qualityguard.supervision.InspectionRecords;
import org.qualityguard.supervision.PlanView;
import org.qualityguard.supervision.RecordView;
import org.qualityguard.supervision.domain.Regime;
import org.qualityguard.supervision.domain.ScoringTable;
import org.qualityguard.shared.sheet.SheetWriter;
import org.qualityguard.shared.web.SheetDownload;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Grades, scoring tables, plans and inspection records for integrations; the console's rules and scope. */
@RestController
@RequestMapping(path = "/api/v1/supervision", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "supervision", description = "Risk grades, scoring tables, double-random plans, inspection records")
class SupervisionApiController {

    private final Grading grading;
    private final InspectionPlans plans;
    private final InspectionRecords records;

    private final SupervisionExports exports;

    SupervisionApiController(Grading grading, InspectionPlans plans, InspectionRecords records,
                             SupervisionExports exports) {
        this.exports = exports;
        this.grading = grading;
        this.plans = plans;
        this.records = records;
    }

    record TableJson(String regime, int version, String text) {
    }

    record TableRequest(String text, Integer basedOnVersion) {
    }

    record OverrideRequest(String regime, String grade, String reason) {
    }

    record EventRequest(String factor, LocalDate on, String note) {
    }

    /**
     * @param seed not accepted: the platform draws the seed, so that a planner cannot pick a draw that suits (E7330)
     */
    record PlanRequest(String division, Integer year, Integer month,
                       @Schema(description = "refused (E7330): the platform draws the seed") Long seed) {
    }

    record RegradeRequest(String division) {
    }

    record ConflictRequest(Long inspectorId, String creditCode, String reason) {
    }

    @GetMapping("/tables/{regime}")
    @Operation(summary = "The scoring table in force, as the text administrators edit")
    TableJson table(@AuthenticationPrincipal StaffUser user, @PathVariable String regime) {
        ScoringTable t = grading.tableFor(user, regime(regime));
        return new TableJson(t.regime().name(), t.version(), t.text());
    }

    @PutMapping(path = "/tables/{regime}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save an edited table as the next version (ADMIN); faulty lines are named (E71xx)")
    TableJson saveTable(@AuthenticationPrincipal StaffUser user, @PathVariable String regime,
                        @RequestBody TableRequest request) {
        ScoringTable t = grading.saveTable(user, regime(regime), request.text(),
                request.basedOnVersion() == null ? -1 : request.basedOnVersion());
        return new TableJson(t.regime().name(), t.version(), t.text());
    }

    @GetMapping("/enterprises/{creditCode}/grades")
    @Operation(summary = "The enterprise's grades with the points behind them; 404 outside the caller's division")
    List<GradeView> grades(@AuthenticationPrincipal StaffUser user, @PathVariable String creditCode) {
        return grading.gradesOf(user, creditCode);
    }

    @PostMapping("/enterprises/{creditCode}/regrade")
    @Operation(summary = "Re-grade now with the table in force (ANALYST, CHIEF, ADMIN)")
    List<GradeView> regrade(@AuthenticationPrincipal StaffUser user, @PathVariable String creditCode) {
        return grading.regrade(user, creditCode);
    }

    @PutMapping(path = "/enterprises/{creditCode}/facts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set static facts (scale, highRiskProcess, …; empty value removes) and re-grade")
    List<GradeView> facts(@AuthenticationPrincipal StaffUser user, @PathVariable String creditCode,
                          @RequestBody Map<String, String> facts) {
        return grading.setStaticFacts(user, creditCode, facts);
    }

    @PostMapping(path = "/enterprises/{creditCode}/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a risk event (samplingFailure, complaint, enforcementCase, accident, creditListed)")
    List<GradeView> event(@AuthenticationPrincipal StaffUser user, @PathVariable String creditCode,
                          @RequestBody EventRequest request) {
        return grading.recordEvent(user, creditCode, request.factor(), request.on(), request.note());
    }

    @PostMapping(path = "/enterprises/{creditCode}/override", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Override the grade with a reason (ANALYST, CHIEF, ADMIN); a missing reason is E7110")
    GradeView override(@AuthenticationPrincipal StaffUser user, @PathVariable String creditCode,
                       @RequestBody OverrideRequest request) {
        return grading.override(user, creditCode, request.regime(), request.grade(), request.reason());
    }

    @PostMapping(path = "/regrade", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The yearly re-grade of a division (overrides lifted): enterprises, grades given, changed, "
            + "overrides lifted, grades by letter")
    Grading.Regraded regradeDivision(@AuthenticationPrincipal StaffUser user, @RequestBody RegradeRequest request) {
        return grading.regradeDivision(user, request.division());
    }

    @PostMapping(path = "/plans", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Draw a yearly (no month) or monthly plan for a division with a seed the platform draws "
            + "and records; drawing again for the same division and period supersedes the draft and keeps it")
    ResponseEntity<PlanView> draft(@AuthenticationPrincipal StaffUser user, @RequestBody PlanRequest request) {
        if (request.seed() != null) {
            throw new ValidationException(FieldViolation.of("seed", new Violation("E7330", "plan.seed.notChosen")));
        }
        if (request.year() == null) {
            throw new ValidationException(FieldViolation.of("year", new Violation("E7303", "plan.year.range", "")));
        }
        PlanView plan = plans.draft(user, request.division(), request.year(), request.month());
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/v1/supervision/plans/" + plan.id())
                .body(plan);
    }

    @GetMapping("/plans")
    @Operation(summary = "Plans within the caller's division, newest first")
    List<PlanView> list(@AuthenticationPrincipal StaffUser user) {
        return plans.list(user);
    }

    @GetMapping(path = "/plans", params = "format=xlsx", produces = SheetWriter.CONTENT_TYPE)
    @Operation(summary = "The plans as .xlsx; the export is audited")
    void plansXlsx(@AuthenticationPrincipal StaffUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        exports.plans(user, locale, SheetDownload.start(response, "plans", "plans"));
    }

    @GetMapping(path = "/coverage", params = "format=xlsx", produces = SheetWriter.CONTENT_TYPE)
    @Operation(summary = "Coverage of a year (default this one) by city and county as .xlsx; the export is audited")
    void coverageXlsx(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer year,
                      Locale locale, HttpServletResponse response) throws IOException {
        exports.coverage(user, year, locale,
                SheetDownload.start(response, "coverage", "coverage"));
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "One plan with its inspections and units")
    PlanView plan(@AuthenticationPrincipal StaffUser user, @PathVariable long id) {
        return plans.get(user, id);
    }

    @GetMapping("/plans/{id}/draws")
    @Operation(summary = "Every draw for the plan's division and period, first to last, with seeds and drawers")
    List<PlanView.Draw> draws(@AuthenticationPrincipal StaffUser user, @PathVariable long id) {
        return plans.draws(user, id);
    }

    @PostMapping("/plans/{id}/approve")
    @Operation(summary = "Approve a drafted plan (CHIEF other than its drawer: E7331); its inspectors see their tasks")
    PlanView approve(@AuthenticationPrincipal StaffUser user, @PathVariable long id) {
        return plans.approve(user, id);
    }

    @PostMapping("/plans/{id}/publish")
    @Operation(summary = "Publish an approved plan (CHIEF): who was drawn becomes public on the portal")
    PlanView publish(@AuthenticationPrincipal StaffUser user, @PathVariable long id) {
        return plans.publish(user, id);
    }

    @PostMapping(path = "/conflicts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an inspector's conflict of interest with an enterprise (CHIEF, ADMIN)")
    ResponseEntity<Void> conflict(@AuthenticationPrincipal StaffUser user, @RequestBody ConflictRequest request) {
        plans.recordConflict(user, request.inspectorId() == null ? -1 : request.inspectorId(), request.creditCode(),
                request.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tasks")
    @Operation(summary = "The caller's open inspections in approved plans")
    List<PlanView.Inspection> tasks(@AuthenticationPrincipal StaffUser user) {
        return plans.tasksOf(user);
    }

    @PostMapping(path = "/inspections", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an inspection of a task against the checklist; the enterprise is re-graded")
    ResponseEntity<InspectionRecords.Recorded> record(@AuthenticationPrincipal StaffUser user,
                                                      @RequestBody InspectionRecords.Command command) {
        return ResponseEntity.status(HttpStatus.CREATED).body(records.record(user, command));
    }

    @GetMapping("/records/{id}")
    @Operation(summary = "An inspection record within the caller's division")
    RecordView inspectionRecord(@AuthenticationPrincipal StaffUser user, @PathVariable long id) {
        return records.get(user, id);
    }

    @PostMapping("/records/{id}/cosign")
    @Operation(summary = "Co-sign a record as the second drawn inspector (not the one who recorded it)")
    RecordView cosign(@AuthenticationPrincipal StaffUser user, @PathVariable long id) {
        return records.cosign(user, id);
    }

    @PostMapping("/records/{id}/approve")
    @Operation(summary = "Approve a co-signed record for the portal (CHIEF)")
    RecordView approveRecord(@AuthenticationPrincipal StaffUser user, @PathVariable long id) {
        return records.approve(user, id);
    }

    private static Regime regime(String name) {
        try {
            return Regime.valueOf(name.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(FieldViolation.of("regime",
                    new Violation("E7111", "grading.regime.notSupervised", name)));
        }
    }
}
