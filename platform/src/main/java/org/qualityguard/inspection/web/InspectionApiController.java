package org.qualityguard.inspection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jakarta.servlet.http.HttpServletResponse;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.inspection.DaySeeds;
import org.qualityguard.inspection.DecidedLot;
import org.qualityguard.inspection.InspectionResults;
import org.qualityguard.inspection.LotDecisions;
import org.qualityguard.inspection.ModelRefits;
import org.qualityguard.inspection.RecordedResult;
import org.qualityguard.inspection.RiskWarnings;
import org.qualityguard.inspection.SelectionAudit;
import org.qualityguard.inspection.domain.LotDeclaration;
import org.qualityguard.inspection.domain.Measurement;
import org.qualityguard.inspection.domain.ResultDeclaration;
import org.qualityguard.inspection.importing.InspectionSheets;
import org.qualityguard.inspection.persistence.WarningStore;
import org.qualityguard.risk.EngineSnapshot;
import org.qualityguard.risk.Warning;
import org.qualityguard.shared.sheet.SheetWriter;
import org.qualityguard.shared.web.SheetDownload;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * Import/export inspection for integrations: a declaring system sends lots and gets decisions, a laboratory system
 * sends results, analysts' tools read and decide warnings. Same rules and scope as the console.
 */
@RestController
@RequestMapping(path = "/api/v1/inspection", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "inspection", description = "Risk decisions on import/export lots, results and early warnings")
class InspectionApiController {

    private final LotDecisions decisions;
    private final InspectionResults results;
    private final RiskWarnings warnings;
    private final ModelRefits models;
    private final SelectionAudit selectionAudit;
    private final EngineTexts texts;
    private final AccessPolicy access;

    private final InspectionExports exports;

    InspectionApiController(LotDecisions decisions, InspectionResults results, RiskWarnings warnings,
                            ModelRefits models, SelectionAudit selectionAudit, AccessPolicy access,
                            EngineTexts texts, InspectionExports exports) {
        this.texts = texts;
        this.exports = exports;
        this.decisions = decisions;
        this.results = results;
        this.warnings = warnings;
        this.models = models;
        this.selectionAudit = selectionAudit;
        this.access = access;
    }

    /** A lot as a declaring system sends it. */
    record LotJson(String lotId, String declaredAt, String bureau, String direction, String hsCode, String origin,
                   String consignee, String manufacturer, BigDecimal quantity, BigDecimal valueCny) {

        LotDeclaration declaration() {
            return new LotDeclaration(lotId, declaredAt, bureau, direction, hsCode, origin, consignee, manufacturer,
                    quantity == null ? null : quantity.toPlainString(),
                    valueCny == null ? null : valueCny.toPlainString());
        }
    }

    record LotBatchJson(List<LotJson> lots) {
    }

    /**
     * The decision: {@code selected} and its {@code reason}; {@code mandatoryRule} names the rule when the lot had to
     * be inspected; the scorecard's factors sum to {@code score}, each with its message key and arguments and worded
     * (label, text) in the request's language. Its draws were keyed with the secret of the bureau's day
     * {@code drawnOn}, committed to by {@code seedCommitment} and revealed by the selection audit after that day.
     */
    record DecisionJson(String lotId, String bureau, LocalDate declaredAt, boolean selected, String reason,
                        String mandatoryRule, double probability, int score, String level,
                        List<Scorecard.Line> scorecard, List<String> likelyHazards, int modelVersion,
                        LocalDate drawnOn, String seedCommitment, RecordedResult result) {
    }

    private DecisionJson json(DecidedLot d, Locale locale) {
        return new DecisionJson(d.lotId(), d.bureau(), d.declaredOn(), d.selected(), d.reason(),
                d.mandatory() ? d.reason() : null, d.probability(), d.score(), d.level(),
                texts.lines(d.scorecard(), locale), d.likelyHazards(), d.modelVersion(), d.drawnOn(),
                d.seedCommitment(), d.result().orElse(null));
    }

    record ResultJson(String lotId, String outcome, String hazard, String inspectedOn,
                      List<Measurement> measurements) {

        ResultDeclaration declaration() {
            return new ResultDeclaration(lotId, outcome, hazard, inspectedOn, measurements);
        }
    }

    record ResultBatchJson(List<ResultJson> results) {
    }

    record CommentJson(String comment) {
    }

    /**
     * A warning as the caller may see it: {@code evidenceLotIds} are the caller's own evidence lots,
     * {@code evidenceElsewhere} counts the others per division code; {@code decidedAt} is the division whose staff
     * confirm or dismiss it; {@code comments} come with a single warning, not with the list.
     */
    record WarningJson(String key, String cell, String cellKind, String hsPrefix, String origin, String consignee,
                       String manufacturer, String level, String highestLevel, double statistic,
                       double baselineRate, LocalDate raisedAt, LocalDate changedAt, List<String> evidenceLotIds,
                       Map<String, Integer> evidenceElsewhere, String decidedAt, boolean confirmed,
                       List<WarningStore.Comment> comments) {

        static WarningJson of(String key, Warning w, String cellName, RiskWarnings.Evidence e,
                              List<WarningStore.Comment> comments) {
            return new WarningJson(key, cellName, w.cell().kind().name(), w.cell().hsPrefix(),
                    w.cell().origin(), w.cell().consignee(), w.cell().manufacturer(), w.level().name(),
                    w.highestLevel().name(), w.statistic(), w.baselineRate(), w.raisedAt(), w.changedAt(),
                    e.ownLotIds(), e.elsewhere(), e.decidedAt().value(), w.confirmed(), comments);
        }
    }

    @Operation(summary = "Decide one lot (or get the decision it already has)")
    @PostMapping("/lots")
    DecisionJson decide(@AuthenticationPrincipal StaffUser user, @RequestBody LotJson lot, Locale locale) {
        return json(decisions.decide(user, lot.declaration()), locale);
    }

    @Operation(summary = "Decide a batch of lots, all or nothing")
    @PostMapping("/lots/batch")
    List<DecisionJson> decideAll(@AuthenticationPrincipal StaffUser user, @RequestBody LotBatchJson batch,
                                 Locale locale) {
        List<LotDeclaration> lots = batch.lots() == null ? List.of()
                : batch.lots().stream().map(LotJson::declaration).toList();
        return decisions.decideAll(user, lots).stream().map(d -> json(d, locale)).toList();
    }

    @Operation(summary = "Decide the lots of an uploaded sheet (.csv or .xlsx), all or nothing")
    @PostMapping(path = "/lots/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    List<DecisionJson> importLots(@AuthenticationPrincipal StaffUser user, @RequestPart("file") MultipartFile file,
                                  Locale locale) throws IOException {
        return decisions.decideAll(user, InspectionSheets.lots(file.getOriginalFilename(), file.getBytes()))
                .stream().map(d -> json(d, locale)).toList();
    }

    @GetMapping("/lots/{lotId}")
    DecisionJson lot(@AuthenticationPrincipal StaffUser user, @PathVariable String lotId, Locale locale) {
        return json(decisions.get(user, lotId), locale);
    }

    @Operation(summary = "The lots to inspect on a day at the bureaus of the caller's division, highest priority first")
    @GetMapping("/worklist")
    List<DecisionJson> worklist(@AuthenticationPrincipal StaffUser user, @RequestParam Optional<String> bureau,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                                Locale locale) {
        return decisions.worklist(user, bureau, day).stream().map(d -> json(d, locale)).toList();
    }

    @Operation(summary = "Record one inspection result")
    @PostMapping("/results")
    RecordedResult record(@AuthenticationPrincipal StaffUser user, @RequestBody ResultJson result) {
        return results.record(user, result.declaration());
    }

    @Operation(summary = "Record a batch of results, all or nothing")
    @PostMapping("/results/batch")
    List<RecordedResult> recordAll(@AuthenticationPrincipal StaffUser user, @RequestBody ResultBatchJson batch) {
        return results.recordAll(user, batch.results() == null ? List.of()
                : batch.results().stream().map(ResultJson::declaration).toList());
    }

    @Operation(summary = "Record the results of an uploaded laboratory sheet (.csv or .xlsx), all or nothing")
    @PostMapping(path = "/results/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    List<RecordedResult> importResults(@AuthenticationPrincipal StaffUser user,
                                       @RequestPart("file") MultipartFile file) throws IOException {
        return results.recordAll(user, InspectionSheets.results(file.getOriginalFilename(), file.getBytes()));
    }

    @Operation(summary = "The same worklist as .xlsx; the export is audited")
    @GetMapping(path = "/worklist", params = "format=xlsx", produces = SheetWriter.CONTENT_TYPE)
    void worklistXlsx(@AuthenticationPrincipal StaffUser user, @RequestParam Optional<String> bureau,
                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Locale locale,
                      HttpServletResponse response) throws IOException {
        exports.worklist(user, bureau.filter(b -> !b.isBlank()), day, locale,
                SheetDownload.start(response, "worklist", "worklist"));
    }

    @Operation(summary = "The warnings as .xlsx; the export is audited")
    @GetMapping(path = "/warnings", params = "format=xlsx", produces = SheetWriter.CONTENT_TYPE)
    void warningsXlsx(@AuthenticationPrincipal StaffUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        exports.warnings(user, locale, SheetDownload.start(response, "warnings", "warnings"));
    }

    @GetMapping("/warnings")
    List<WarningJson> warnings(@AuthenticationPrincipal StaffUser user, Locale locale) {
        return warnings.list(user).stream().map(v -> WarningJson.of(v.key(), v.warning(),
                texts.cellName(v.warning().cell(), locale), v.evidence(), null)).toList();
    }

    @GetMapping("/warnings/{key}")
    WarningJson warning(@AuthenticationPrincipal StaffUser user, @PathVariable String key, Locale locale) {
        RiskWarnings.WarningDetail d = warnings.get(user, key);
        return WarningJson.of(d.key(), d.warning(), texts.cellName(d.warning().cell(), locale), d.evidence(),
                d.comments());
    }

    @Operation(summary = "Comment on a warning one may see (deciding it is for the division containing its evidence)")
    @PostMapping("/warnings/{key}/comments")
    WarningJson comment(@AuthenticationPrincipal StaffUser user, @PathVariable String key,
                        @RequestBody CommentJson body, Locale locale) {
        warnings.comment(user, key, body.comment());
        return warning(user, key, locale);
    }

    @PostMapping("/warnings/{key}/confirm")
    WarningJson confirm(@AuthenticationPrincipal StaffUser user, @PathVariable String key,
                        @RequestBody CommentJson body, Locale locale) {
        warnings.confirm(user, key, body.comment());
        return warning(user, key, locale);
    }

    @PostMapping("/warnings/{key}/dismiss")
    Map<String, String> dismiss(@AuthenticationPrincipal StaffUser user, @PathVariable String key,
                                @RequestBody CommentJson body) {
        warnings.dismiss(user, key, body.comment());
        return Map.of("key", key, "action", "DISMISS");
    }

    @Operation(summary = "The commitment to a bureau's day's seed (SHA-256 of the secret keying its draws), and the "
            + "seed itself once the day is over")
    @GetMapping("/seeds")
    DaySeeds.DaySeed seed(@AuthenticationPrincipal StaffUser user, @RequestParam String bureau,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return decisions.seed(user, bureau, day);
    }

    @Operation(summary = "Reproduce a bureau's selection of a day from what was stored with it")
    @GetMapping("/audit")
    SelectionAudit.DayReproduction audit(@AuthenticationPrincipal StaffUser user, @RequestParam String bureau,
                                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return selectionAudit.reproduce(user, bureau, day);
    }

    @Operation(summary = "Refit the scorecard now (administrators)")
    @PostMapping("/model/refit")
    Map<String, Object> refit(@AuthenticationPrincipal StaffUser user,
                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        access.requireAt(user, Permission.MAINTAIN_ENGINE, user.division().province());
        return Map.of("modelVersion", models.refit(on));
    }

    @Operation(summary = "The engine's learnt state (administrators): for checking a rebuilt engine")
    @GetMapping("/engine/snapshot")
    EngineSnapshot snapshot(@AuthenticationPrincipal StaffUser user,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        access.requireAt(user, Permission.MAINTAIN_ENGINE, user.division().province());
        return models.snapshot(on);
    }
}
