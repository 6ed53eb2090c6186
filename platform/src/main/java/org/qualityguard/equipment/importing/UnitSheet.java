package org.qualityguard.equipment.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;

/**
 * Reads an uploaded .xlsx or .csv of special-equipment units into rows (as the enterprise import does). Headers may be the field names or the Chinese column
 * titles of the export, so an exported sheet can be edited and imported back. A .csv saved by a Chinese Excel is
 * in GB18030, not UTF-8; both are accepted.
 */
public final class UnitSheet {

    /** The columns, in export order, with their Chinese titles. */
    public static final Map<String, String> COLUMNS = columns();


    private UnitSheet() {
    }

    private static Map<String, String> columns() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("registrationCode", "使用登记证编号");
        c.put("kind", "设备种类");
        c.put("userCreditCode", "使用单位统一社会信用代码");
        c.put("maintenanceUnit", "维保单位");
        c.put("divisionCode", "所在地行政区划代码");
        c.put("commissionedOn", "投入使用日期");
        c.put("safetyLevel", "安全状况等级");
        c.put("lastInspectedOn", "上次定期检验日期");
        c.put("lastResult", "检验结论");
        return c;
    }

    /** The row number as the spreadsheet shows it (header = 1) is kept under this key. */
    public static final String ROW = "#row";

    private static Map<String, String> withRow(int number, Map<String, String> values) {
        values.put(ROW, Integer.toString(number));
        return values;
    }

    public static List<Map<String, String>> read(String filename, byte[] content) {
        if (content.length == 0) {
            throw new ValidationException(FieldViolation.of("file", new Violation("E7223", "import.file.empty")));
        }
        String lower = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".xlsx")) {
                return readWorkbook(content);
            }
            if (lower.endsWith(".csv")) {
                return readCsv(content);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            throw new ValidationException(FieldViolation.of("file",
                    new Violation("E7224", "import.file.unreadable", String.valueOf(e.getMessage()))));
        }
        throw new ValidationException(FieldViolation.of("file", new Violation("E7222", "import.file.type")));
    }

    private static List<Map<String, String>> readCsv(byte[] content) throws IOException {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content, bomLength(content),
                content.length - bomLength(content)), charsetOf(content));
             CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            List<Map<String, String>> rows = new ArrayList<>();
            Map<Integer, String> fields = null;
            int line = 0;
            for (CSVRecord record : parser) {
                line++;
                List<String> cells = record.toList();
                if (fields == null) {
                    fields = header(cells);
                    continue;
                }
                rows.add(row(line, fields, cells));
            }
            if (fields == null) {
                throw new ValidationException(FieldViolation.of("file", new Violation("E7223", "import.file.empty")));
            }
            return rows;
        }
    }

    private static List<Map<String, String>> readWorkbook(byte[] content) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<Map<String, String>> rows = new ArrayList<>();
            Map<Integer, String> fields = null;
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (fields == null) {
                    fields = header(cells);
                    continue;
                }
                rows.add(row(row.getRowNum() + 1, fields, cells));
            }
            if (fields == null) {
                throw new ValidationException(FieldViolation.of("file", new Violation("E7223", "import.file.empty")));
            }
            return rows;
        }
    }

    private static Map<Integer, String> header(List<String> titles) {
        Map<String, String> byTitle = new HashMap<>();
        COLUMNS.forEach((field, chinese) -> {
            byTitle.put(field.toLowerCase(Locale.ROOT), field);
            byTitle.put(chinese, field);
        });
        Map<Integer, String> fields = new HashMap<>();
        for (int i = 0; i < titles.size(); i++) {
            String field = byTitle.get(titles.get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT));
            if (field != null) {
                fields.put(i, field);
            }
        }
        List<FieldViolation> missing = new ArrayList<>();
        for (String required : List.of("registrationCode", "kind", "userCreditCode", "divisionCode", "commissionedOn")) {
            if (!fields.containsValue(required)) {
                missing.add(new FieldViolation(1, required, new Violation("E7221", "import.column.missing",
                        COLUMNS.get(required), required)));
            }
        }
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
        return fields;
    }

    private static Map<String, String> row(int number, Map<Integer, String> fields, List<String> cells) {
        Map<String, String> values = new HashMap<>();
        fields.forEach((index, field) -> values.put(field, index < cells.size() ? cells.get(index) : null));
        return withRow(number, values);
    }

    private static int bomLength(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    private static Charset charsetOf(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("GB18030");
        }
    }
}
