package org.qualityguard.shared.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a list to .xlsx the same way for every list: a bold header row of titles in the reader's language, one
 * row per item streamed through a window of 500 rows (so a whole province fits in a few megabytes of memory),
 * dates and times as real date cells in the business zone, numbers as numbers without thousands separators, and
 * codes as text (a caller gives a code as a String so that Excel never turns 320102 into 320,102 or drops the
 * leading zero of a credit code).
 */
public final class SheetWriter<T> {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int WINDOW = 500;

    /** Resolves a message key in the reader's language; a list's labels for codes come from here too. */
    public interface Labels {
        String get(String key, Object... args);
    }

    /** A column: its title and what a row shows in it (a String, Number, LocalDate, Instant or null). */
    public record Column<T>(Function<Labels, String> title, BiFunction<T, Labels, Object> value) {

        /** A column titled by a message key. */
        public static <T> Column<T> of(String titleKey, BiFunction<T, Labels, Object> value) {
            return new Column<>(labels -> labels.get(titleKey), value);
        }

        /** A column whose value needs no label. */
        public static <T> Column<T> plain(String titleKey, Function<T, Object> value) {
            return of(titleKey, (row, labels) -> value.apply(row));
        }
    }

    private final String sheetTitleKey;
    private final List<Column<T>> columns;

    public SheetWriter(String sheetTitleKey, List<Column<T>> columns) {
        this.sheetTitleKey = sheetTitleKey;
        this.columns = List.copyOf(columns);
    }

    /**
     * Writes the rows the producer hands to its sink, in the order it hands them, and returns how many it wrote.
     */
    public int write(OutputStream out, Labels labels, ZoneId zone, Consumer<Consumer<T>> rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            SXSSFSheet sheet = workbook.createSheet(safeSheetName(labels.get(sheetTitleKey)));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            CellStyle integer = workbook.createCellStyle();
            integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i).title().apply(labels));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows.accept(item -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < columns.size(); i++) {
                    Object value = columns.get(i).value().apply(item, labels);
                    if (value != null) {
                        set(row.createCell(i), value, zone, date, dateTime, integer);
                    }
                }
            });
            workbook.write(out);
            return next[0] - 1;
        }
    }

    private static void set(Cell cell, Object value, ZoneId zone, CellStyle date, CellStyle dateTime,
                            CellStyle integer) {
        if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value instanceof Instant t) {
            cell.setCellValue(LocalDateTime.ofInstant(t, zone));
            cell.setCellStyle(dateTime);
        } else if (value instanceof OffsetDateTime t) {
            cell.setCellValue(t.atZoneSameInstant(zone).toLocalDateTime());
            cell.setCellStyle(dateTime);
        } else if (value instanceof Integer || value instanceof Long) {
            cell.setCellValue(((Number) value).longValue());
            cell.setCellStyle(integer);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
    private static String safeSheetName(String title) {
        String cleaned = title.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return cleaned.isEmpty() ? "Sheet1" : cleaned.substring(0, Math.min(31, cleaned.length()));
    }
}
