package org.qualityguard.enforcement.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.qualityguard.enforcement.CaseFiles;
import org.qualityguard.enforcement.Decision;
import org.qualityguard.enforcement.Decisions;
import org.qualityguard.enforcement.EnforcementCase;
import org.qualityguard.enforcement.EnforcementCases;
import org.qualityguard.enforcement.Evidence;
import org.qualityguard.enforcement.domain.CaseStatus;
import org.qualityguard.enforcement.domain.DecisionDraft;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.Page;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.shared.clock.Exclusion;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Enforcement cases for integrations: open, move, the clock, the file, the reasoned decision. */
@RestController
@RequestMapping(path = "/api/v1/enforcement/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "enforcement", description = "Enforcement cases: leads, statutory clocks, case files, reasoned decisions")
class CaseApiController {

    private final EnforcementCases cases;
    private final CaseFiles files;
    private final Decisions decisions;

    CaseApiController(EnforcementCases cases, CaseFiles files, Decisions decisions) {
        this.cases = cases;
        this.files = files;
        this.decisions = decisions;
    }

    record MoveRequest(String reason, BigDecimal intendedFine, LocalDate on) {
    }

    record ClockRequest(EnforcementCases.ClockOperation.Kind kind, LocalDate on, String reason, Exclusion exclusion,
                        Integer days) {
    }

    @GetMapping
    @Operation(summary = "The cases of the caller's division, newest lead first (keyset pages), by status")
    Page<EnforcementCase> list(@AuthenticationPrincipal StaffUser user,
                               @RequestParam(required = false) CaseStatus status, PageRequest page) {
        return cases.list(user, status, page);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a lead by hand (HANDLE_CASE at the party's division; the power guard passes the "
            + "penalty item); its filing clock starts on the lead's day")
    EnforcementCase open(@AuthenticationPrincipal StaffUser user, @RequestBody EnforcementCases.OpenCase command) {
        return cases.open(user, command);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case with its clocks, file, decision and the commands that lead on")
    EnforcementCases.CaseRecord get(@AuthenticationPrincipal StaffUser user, @PathVariable long id) {
        return cases.get(user, id);
    }

    @PostMapping(path = "/{id}/file", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "File the lead (DECIDE_CASE; the power guard again) on the day given or today; the decision "
            + "clock starts")
    EnforcementCase file(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
                         @RequestBody(required = false) MoveRequest r) {
        return cases.file(user, id, r == null ? null : r.reason(), r == null ? null : r.on());
    }

    @PostMapping(path = "/{id}/{command:decline|investigate|referForReview|notify|serve|execute|close|withdraw}",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move the case along its transition table (a reason to decline or withdraw, the intended "
            + "fine to notify the party)")
    EnforcementCase move(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
                         @PathVariable String command, @RequestBody(required = false) MoveRequest r) {
        return cases.move(user, id, new EnforcementCases.Move(command, r == null ? null : r.reason(),
                r == null ? null : r.intendedFine()));
    }

    @PostMapping(path = "/{id}/clock", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Suspend, stop for a period the item excludes, resume or extend (EXTEND_TIME_LIMIT) the "
            + "running clock")
    EnforcementCase clock(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
                          @RequestBody ClockRequest r) {
        return cases.recordClock(user, id, new EnforcementCases.ClockOperation(r.kind(), r.on(), r.reason(),
                r.exclusion(), r.days()));
    }

    @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add an item to the case file: its kind, title, source, collector, day and file (hashed)")
    Evidence evidence(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
                      @RequestParam(required = false) Evidence.Kind kind, @RequestParam(required = false) String title,
                      @RequestParam(required = false) String source,
                      @RequestParam(required = false) String collectedBy,
                      @RequestParam(required = false) LocalDate collectedOn,
                      @RequestPart(required = false) MultipartFile file) throws IOException {
        return files.add(user, id, new CaseFiles.AddEvidence(kind, title, source, collectedBy, collectedOn,
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getContentType(),
                file == null ? null : file.getBytes()));
    }

    @PostMapping(path = "/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide the notified case with reasons (DECIDE_CASE): facts citing the file, the item's "
            + "basis and band, the fine, the statements answered, a collective decision outside the band")
    Decision decide(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @RequestBody DecisionDraft draft) {
        return decisions.decide(user, id, draft);
    }

    @PostMapping(path = "/{id}/on-the-spot", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Fine a lead on the spot under the summary procedure (200 yuan a person, 3,000 an "
            + "organisation)")
    Decision onTheSpot(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
                       @RequestBody DecisionDraft draft) {
        return decisions.fineOnTheSpot(user, id, draft);
    }

    @GetMapping("/{id}/similar")
    @Operation(summary = "The fines decided in the province for the case's item, by band, and whether a fine is an "
            + "outlier")
    List<Decisions.Similar> similar(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
                                    @RequestParam(required = false) BigDecimal fine) {
        return decisions.similar(user, id, fine);
    }

}
