package org.qualityguard.enterprise.importing;

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
 * Reads an uploaded .xlsx or .csv of enterprises into rows. Headers may be the field names or the Chinese column
 * titles of the export, so an exported sheet can be edited and imported back. A .csv saved by a Chinese Excel is
 * in GB18030, not UTF-8; both are accepted.
 */
public final class EnterpriseSheet {

    /** The columns, in export order, with their Chinese titles. */
    public static final Map<String, String> COLUMNS = columns();

    private EnterpriseSheet() {
    }

    private static Map<String, String> columns() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("creditCode", "统一社会信用代码");
        c.put("name", "名称");
        c.put("categories", "类别");
        c.put("foodCategory", "食品类别");
        c.put("divisionCode", "行政区划代码");
        c.put("address", "地址");
        c.put("legalRepresentative", "法定代表人");
        return c;
    }

    public static List<SheetRow> read(String filename, byte[] content) {
        if (content.length == 0) {
            throw new ValidationException(FieldViolation.of("file", new Violation("E2023", "import.file.empty")));
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
                    new Violation("E2024", "import.file.unreadable", String.valueOf(e.getMessage()))));
        }
        throw new ValidationException(FieldViolation.of("file", new Violation("E2022", "import.file.type")));
    }

    private static List<SheetRow> readCsv(byte[] content) throws IOException {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content, bomLength(content),
                content.length - bomLength(content)), charsetOf(content));
             CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            List<SheetRow> rows = new ArrayList<>();
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
                throw new ValidationException(FieldViolation.of("file", new Violation("E2023", "import.file.empty")));
            }
            return rows;
        }
    }

    private static List<SheetRow> readWorkbook(byte[] content) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<SheetRow> rows = new ArrayList<>();
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
                throw new ValidationException(FieldViolation.of("file", new Violation("E2023", "import.file.empty")));
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
        for (String required : List.of("creditCode", "name", "categories", "divisionCode")) {
            if (!fields.containsValue(required)) {
                missing.add(new FieldViolation(1, required, new Violation("E2021", "import.column.missing",
                        COLUMNS.get(required), required)));
            }
        }
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
        return fields;
    }

    private static SheetRow row(int number, Map<Integer, String> fields, List<String> cells) {
        Map<String, String> values = new HashMap<>();
        fields.forEach((index, field) -> values.put(field, index < cells.size() ? cells.get(index) : null));
        return new SheetRow(number, values);
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
