package org.qualityguard.inspection.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jakarta.servlet.http.HttpServletResponse;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.inspection.Bureau;
import org.qualityguard.inspection.Countries;
import org.qualityguard.inspection.DecidedLot;
import org.qualityguard.inspection.InspectionResults;
import org.qualityguard.inspection.LotDecisions;
import org.qualityguard.inspection.SelectionAudit;
import org.qualityguard.inspection.domain.LotDeclaration;
import org.qualityguard.inspection.importing.InspectionSheets;
import org.qualityguard.risk.Hazard;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.web.SheetDownload;
import org.qualityguard.shared.web.ViolationMessages;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** The inspector's side of the risk part: the day's worklist, a lot with its decision and result, lot upload, audit. */
@Controller
@RequestMapping("/console/inspection")
class InspectionConsoleController {

    /** Factors shown beside a lot on the worklist; the lot page shows the whole scorecard. */
    private static final int TOP_FACTORS = 3;

    private final EngineTexts texts;
    private final LotDecisions decisions;
    private final InspectionResults results;
    private final SelectionAudit selectionAudit;
    private final Countries countries;
    private final ViolationMessages messages;
    private final Clock clock;
    private final InspectionExports exports;
    private final MessageSource labels;

    InspectionConsoleController(LotDecisions decisions, InspectionResults results, SelectionAudit selectionAudit,
                                Countries countries, ViolationMessages messages, Clock clock, EngineTexts texts,
                                InspectionExports exports, MessageSource labels) {
        this.texts = texts;
        this.exports = exports;
        this.labels = labels;
        this.decisions = decisions;
        this.results = results;
        this.selectionAudit = selectionAudit;
        this.countries = countries;
        this.messages = messages;
        this.clock = clock;
    }

    /** A refused row of an uploaded sheet, numbered as the sheet numbers it (the header is row 1). */
    record RowError(int row, String field, String message) {
    }

    @ModelAttribute
    void reference(Model model) {
        model.addAttribute("section", "risk");
        model.addAttribute("countries", countries);
    }

    /** The part's own address (the breadcrumbs link it) opens its first page. */
    @GetMapping
    String part() {
        return "redirect:/console/inspection/worklist";
    }

    @GetMapping("/worklist")
    String worklist(@AuthenticationPrincipal StaffUser user, @RequestParam Optional<String> bureau,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> day,
                    Locale locale, Model model) {
        Optional<String> chosen = bureau.filter(b -> !b.isBlank());
        LocalDate on = day.orElseGet(() -> LocalDate.now(clock));
        List<DecidedLot> lots = decisions.worklist(user, chosen, on);
        Map<String, List<Scorecard.Line>> top = new LinkedHashMap<>();
        for (DecidedLot lot : lots) {
            List<Scorecard.Line> shown = texts.scorecard(lot.scorecard(), locale).shown();
            top.put(lot.lotId(), shown.subList(0, Math.min(TOP_FACTORS, shown.size())));
        }
        model.addAttribute("tab", "worklist");
        model.addAttribute("bureaus", decisions.bureausOf(user));
        model.addAttribute("bureau", chosen.orElse(""));
        model.addAttribute("day", on);
        model.addAttribute("lots", lots);
        model.addAttribute("topFactors", top);
        return "inspection/worklist";
    }

    @GetMapping("/worklist/export")
    void exportWorklist(@AuthenticationPrincipal StaffUser user, @RequestParam Optional<String> bureau,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> day,
                        Locale locale, HttpServletResponse response) throws IOException {
        exports.worklist(user, bureau.filter(b -> !b.isBlank()), day.orElseGet(() -> LocalDate.now(clock)), locale,
                SheetDownload.start(response, "worklist", labels.getMessage("inspection.worklist", null, locale)));
    }

    @GetMapping("/lots/{lotId}")
    String lot(@AuthenticationPrincipal StaffUser user, @PathVariable String lotId, Locale locale, Model model) {
        ResultForm form = new ResultForm();
        form.setInspectedOn(LocalDate.now(clock).toString());
        model.addAttribute("form", form);
        return lotPage(user, lotId, locale, model);
    }

    @PostMapping("/lots/{lotId}/result")
    String record(@AuthenticationPrincipal StaffUser user, @PathVariable String lotId,
                  @ModelAttribute("form") ResultForm form, Locale locale, Model model,
                  RedirectAttributes redirect) {
        decisions.get(user, lotId); // a lot outside the reader's division is not found, before anything is checked
        try {
            results.record(user, form.declaration(lotId));
        } catch (ValidationException e) {
            model.addAttribute("errors", messages.byField(e.violations()));
            return lotPage(user, lotId, locale, model);
        }
        redirect.addFlashAttribute("notice", "inspection.result.recorded");
        return "redirect:/console/inspection/lots/" + UriUtils.encodePathSegment(lotId, StandardCharsets.UTF_8);
    }

    private String lotPage(StaffUser user, String lotId, Locale locale, Model model) {
        DecidedLot lot = decisions.get(user, lotId);
        model.addAttribute("lot", lot);
        model.addAttribute("scorecard", texts.scorecard(lot.scorecard(), locale));
        model.addAttribute("bureauOfLot", decisions.bureau(lot.bureau()).orElseThrow());
        model.addAttribute("hazards", Hazard.values());
        return "inspection/lot";
    }

    @GetMapping("/lots/import")
    String importForm(Model model) {
        model.addAttribute("tab", "import");
        return "inspection/import";
    }

    @PostMapping("/lots/import")
    String importLots(@AuthenticationPrincipal StaffUser user, @RequestParam("file") MultipartFile file,
                      Model model) throws IOException {
        model.addAttribute("tab", "import");
        List<LotDeclaration> declared;
        try {
            declared = InspectionSheets.lots(file.getOriginalFilename(), file.getBytes());
        } catch (ValidationException e) {
            rowErrors(model, e.violations(), 0);
            return "inspection/import";
        }
        try {
            List<DecidedLot> decided = decisions.decideAll(user, declared);
            model.addAttribute("decided", decided);
            model.addAttribute("selected", decided.stream().filter(DecidedLot::selected).toList());
        } catch (ValidationException e) {
            // the decisions number the lots from 1, the sheet has its header above the first lot
            rowErrors(model, e.violations(), 1);
        }
        return "inspection/import";
    }

    /** The first {@link FieldViolation#REPORTED} errors of a refused sheet, and how many there are. */
    private void rowErrors(Model model, List<FieldViolation> violations, int headerRows) {
        model.addAttribute("errorCount", violations.size());
        model.addAttribute("rowErrors", FieldViolation.reported(violations).stream().map(v -> new RowError(
                v.row() > 0 ? v.row() + headerRows : 0, v.field() == null ? "" : messages.fieldLabel(v.field()),
                messages.message(v.violation()))).toList());
    }

    @GetMapping("/audit")
    String audit(@AuthenticationPrincipal StaffUser user, @RequestParam Optional<String> bureau,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> day,
                 Locale locale, Model model) {
        List<Bureau> bureaus = decisions.bureausOf(user);
        LocalDate on = day.orElseGet(() -> LocalDate.now(clock));
        Optional<String> chosen = bureau.filter(b -> !b.isBlank())
                .or(() -> bureaus.stream().findFirst().map(Bureau::code));
        model.addAttribute("tab", "audit");
        model.addAttribute("bureaus", bureaus);
        model.addAttribute("bureau", chosen.orElse(""));
        model.addAttribute("day", on);
        if (chosen.isPresent()) {
            try {
                SelectionAudit.DayReproduction audit = selectionAudit.reproduce(user, chosen.get(), on);
                Map<String, String> grounds = new HashMap<>();
                for (SelectionAudit.LotCheck c : audit.checks()) {
                    if (c.grounds() != null) {
                        grounds.put(c.lotId(), texts.text(c.grounds().messageKey(), c.grounds().arguments(), locale));
                    }
                }
                model.addAttribute("audit", audit);
                model.addAttribute("grounds", grounds);
            } catch (NotFoundException e) {
                if (!"day".equals(e.field())) {
                    throw e; // an unknown or foreign bureau stays a 404
                }
                model.addAttribute("noDecisions", true); // a day without lots is not an error
            }
        }
        return "inspection/audit";
    }
}
