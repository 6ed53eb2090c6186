package org.qualityguard.power.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.qualityguard.power.ItemContent;
import org.qualityguard.power.LegalBasis;
import org.qualityguard.power.importing.CatalogueSheet;
import org.qualityguard.shared.clock.TimeLimit;
import org.qualityguard.shared.sheet.SheetRow;

/**
 * The console's form of an item, as posted: legal bases and discretion one per line, the checkboxes by their enum
 * names, each limit as days, how they count and the most it may be extended. It is read by the catalogue sheet's own
 * parser ({@link CatalogueSheet#parse}) so a form and an import row are one reading, with the same codes; what the
 * content must then say is the drafting use case's.
 */
record PowerItemForm(String code, String type, String name, String legalBases, List<String> levels,
                     List<String> kinds, String statutoryDays, String statutoryCount, String statutoryExtension,
                     String promisedDays, String promisedCount, List<String> excluded, String discretion,
                     String responsibleUnit, String accountability) {

    PowerItemForm {
        levels = levels == null ? List.of() : List.copyOf(levels);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
    }

    /** An empty form: a limit counted in working days. */
    static PowerItemForm blank() {
        return new PowerItemForm("", "", "", "", List.of(), List.of(), "", TimeLimit.DayCount.WORKING_DAYS.name(),
                "", "", TimeLimit.DayCount.WORKING_DAYS.name(), List.of(), "", "", "");
    }

    /** The form of a version, for drafting the next one. */
    static PowerItemForm of(ItemContent c) {
        TimeLimit s = c.statutoryLimit();
        TimeLimit p = c.promisedLimit();
        return new PowerItemForm(c.code(), c.type().name(), c.name(),
                c.legalBases().stream().map(LegalBasis::toString).collect(Collectors.joining("\n")),
                names(c.levels()), names(c.kinds()),
                s == null ? "" : Integer.toString(s.days()), (s == null ? TimeLimit.DayCount.WORKING_DAYS : s.count()).name(),
                s == null || s.maximumExtension() == 0 ? "" : Integer.toString(s.maximumExtension()),
                p == null ? "" : Integer.toString(p.days()), (p == null ? TimeLimit.DayCount.WORKING_DAYS : p.count()).name(),
                names(c.excluded()),
                c.discretion().stream().map(d -> d.circumstance() + "：" + d.range()).collect(Collectors.joining("\n")),
                c.responsibleUnit(), c.accountability());
    }

    /** The form read as the catalogue sheet reads a row: the content, or the faults of its fields. */
    CatalogueSheet.Parsed read() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("code", text(code));
        cells.put("version", "1");
        cells.put("type", text(type));
        cells.put("name", text(name));
        cells.put("legalBasis", text(legalBases));
        cells.put("levels", String.join("、", levels));
        cells.put("kinds", String.join("、", kinds));
        cells.put("statutoryLimit", limit(statutoryDays, statutoryCount, statutoryExtension));
        cells.put("promisedLimit", limit(promisedDays, promisedCount, ""));
        cells.put("excluded", String.join("、", excluded));
        cells.put("discretion", text(discretion));
        cells.put("responsibleUnit", text(responsibleUnit));
        cells.put("accountability", text(accountability));
        return CatalogueSheet.parse(new SheetRow(0, cells));
    }

    /** A limit as the sheet writes it ("20WORKING_DAYS可延长10WORKING_DAYS"); none when no days are given. */
    private static String limit(String days, String count, String extension) {
        if (text(days).isEmpty()) {
            return "";
        }
        String unit = TimeLimit.DayCount.CALENDAR_DAYS.name().equals(count)
                ? TimeLimit.DayCount.CALENDAR_DAYS.name() : TimeLimit.DayCount.WORKING_DAYS.name();
        String more = text(extension);
        return text(days) + unit + (more.isEmpty() || more.equals("0") ? "" : "可延长" + more + unit);
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static List<String> names(java.util.Collection<? extends Enum<?>> values) {
        List<String> out = new ArrayList<>();
        values.stream().map(Enum::name).sorted().forEach(out::add);
        return out;
    }
}
