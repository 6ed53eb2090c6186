package org.qualityguard.sampling.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qualityguard.shared.FieldViolation;

/**
 * Reads a row of the standards table from a sheet or the shipped file, field by field; each fault names its field.
 * The fields, in the order of the export: standard number, item, what it applies to, limit, unit, comparison,
 * status, replaced by, in force from, in force until, source.
 */
public final class StandardRow {

    /** Field name to the Chinese column title a sheet may use instead. */
    public static final Map<String, String> COLUMNS;

    static {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("standard_no", "标准编号");
        c.put("item", "项目");
        c.put("applies_to", "适用范围");
        c.put("limit", "限量");
        c.put("unit", "单位");
        c.put("comparison", "判定方式");
        c.put("status", "状态");
        c.put("replaced_by", "被替代为");
        c.put("effective_from", "实施日期");
        c.put("effective_until", "废止日期");
        c.put("source", "出处");
        COLUMNS = java.util.Collections.unmodifiableMap(c);
    }

    public static final List<String> REQUIRED = List.of("standard_no", "item", "applies_to", "unit", "comparison",
            "effective_from", "source");

    private StandardRow() {
    }

    /** The row as a limit (version 0: the store numbers it), or empty with its faults added (at {@code row}). */
    public static Optional<StandardLimit> parse(Map<String, String> cells, int row, List<FieldViolation> faults) {
        List<FieldViolation> mine = new ArrayList<>();
        for (String field : REQUIRED) {
            if (blank(cells.get(field))) {
                mine.add(FieldViolation.of(field, SamplingError.REQUIRED.violation()).atRow(row));
            }
        }
        Optional<Comparison> comparison = Comparison.parse(cells.get("comparison"));
        if (!blank(cells.get("comparison")) && comparison.isEmpty()) {
            mine.add(FieldViolation.of("comparison",
                    SamplingError.COMPARISON_UNKNOWN.violation(cells.get("comparison"))).atRow(row));
        }
        BigDecimal limit = null;
        if (!blank(cells.get("limit"))) {
            try {
                limit = new BigDecimal(cells.get("limit").strip());
            } catch (NumberFormatException e) {
                mine.add(FieldViolation.of("limit", SamplingError.NOT_A_NUMBER.violation(cells.get("limit"))).atRow(row));
            }
        } else if (comparison.isPresent() && comparison.get() != Comparison.NOT_DETECTED) {
            mine.add(FieldViolation.of("limit", SamplingError.REQUIRED.violation()).atRow(row));
        }
        StandardLimit.Status status = StandardLimit.Status.CURRENT;
        if (!blank(cells.get("status"))) {
            try {
                status = StandardLimit.Status.valueOf(cells.get("status").strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                mine.add(FieldViolation.of("status", SamplingError.STATUS_UNKNOWN.violation(cells.get("status")))
                        .atRow(row));
            }
        }
        LocalDate from = date(cells, "effective_from", row, mine);
        LocalDate until = date(cells, "effective_until", row, mine);
        if (!mine.isEmpty()) {
            faults.addAll(mine);
            return Optional.empty();
        }
        return Optional.of(new StandardLimit(cells.get("standard_no").strip(), cells.get("item").strip(),
                cells.get("applies_to").strip(), limit, cells.get("unit").strip(), comparison.get(), status,
                blank(cells.get("replaced_by")) ? null : cells.get("replaced_by").strip(), from, until,
                cells.get("source").strip(), 0));
    }

    private static LocalDate date(Map<String, String> cells, String field, int row, List<FieldViolation> faults) {
        String raw = cells.get(field);
        if (blank(raw)) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            faults.add(FieldViolation.of(field, SamplingError.NOT_A_DATE.violation(raw)).atRow(row));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
