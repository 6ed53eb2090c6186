package org.qualityguard.inspection.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.qualityguard.identity.ListExports;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.inspection.Countries;
import org.qualityguard.inspection.DecidedLot;
import org.qualityguard.inspection.LotDecisions;
import org.qualityguard.inspection.RiskWarnings;
import org.qualityguard.shared.sheet.SheetWriter;
import org.qualityguard.shared.sheet.SheetWriter.Column;
import org.springframework.stereotype.Component;

/**
 * The worklist and the warnings as .xlsx, for the console and the API alike: the same scoped lists the pages show,
 * with labels in the reader's language; a warning's cell is named as the warnings page names it.
 */
@Component
class InspectionExports {

    private final LotDecisions decisions;
    private final RiskWarnings warnings;
    private final Countries countries;
    private final EngineTexts texts;
    private final ListExports exports;

    InspectionExports(LotDecisions decisions, RiskWarnings warnings, Countries countries, EngineTexts texts,
                      ListExports exports) {
        this.decisions = decisions;
        this.warnings = warnings;
        this.countries = countries;
        this.texts = texts;
        this.exports = exports;
    }

    void worklist(StaffUser reader, Optional<String> bureau, LocalDate day, Locale locale, OutputStream out)
            throws IOException {
        SheetWriter<DecidedLot> sheet = new SheetWriter<>("inspection.worklist", List.of(
                Column.plain("inspection.lotId", DecidedLot::lotId),
                Column.plain("inspection.bureau", DecidedLot::bureau),
                Column.plain("export.inspection.declaredOn", DecidedLot::declaredOn),
                Column.plain("inspection.hsCode", DecidedLot::hsCode),
                Column.plain("inspection.origin", l -> countries.nameOf(l.origin(), locale)),
                Column.plain("inspection.consignee", DecidedLot::consignee),
                Column.of("inspection.reason", (l, t) -> t.get("inspection.reason." + l.reason())),
                Column.plain("inspection.score", DecidedLot::score),
                Column.of("export.inspection.level", (l, t) -> t.get("inspection.level." + l.level())),
                Column.of("inspection.likelyHazards", (l, t) -> String.join("、",
                        l.likelyHazards().stream().map(h -> t.get("inspection.hazard." + h)).toList()))));
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("bureau", bureau.orElse(null));
        filters.put("day", day);
        List<DecidedLot> lots = decisions.worklist(reader, bureau, day);
        exports.write(reader, "inspection.worklist", filters, sheet, locale, out, lots::forEach);
    }

    void warnings(StaffUser reader, Locale locale, OutputStream out) throws IOException {
        SheetWriter<RiskWarnings.WarningView> sheet = new SheetWriter<>("inspection.warnings", List.of(
                Column.of("inspection.warning.level",
                        (v, t) -> t.get("inspection.warning.level." + v.warning().level().name())),
                Column.plain("inspection.warning.cell", v -> texts.cellName(v.warning().cell(), locale)),
                Column.plain("inspection.warning.raised", v -> v.warning().raisedAt()),
                Column.plain("inspection.warning.changed", v -> v.warning().changedAt()),
                Column.plain("inspection.warning.statistic", v -> v.warning().statistic()),
                Column.plain("inspection.warning.evidence", v -> v.warning().evidenceLotIds().size()),
                Column.of("inspection.warning.confirmed",
                        (v, t) -> t.get(v.warning().confirmed() ? "inspection.yes" : "inspection.no"))));
        List<RiskWarnings.WarningView> all = warnings.list(reader);
        exports.write(reader, "inspection.warnings", Map.of(), sheet, locale, out, all::forEach);
    }
}
