package org.qualityguard.shared.sheet;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an uploaded .xlsx or .csv into rows of cells by field. Headers may be the field names or the Chinese column
 * titles of the matching export, so an exported sheet can be edited and imported back. A .csv saved by a Chinese
 * Excel is in GB18030, not UTF-8; both are accepted. Every import of the platform reads its files through here.
 */
public final class SheetReader {

    private static final Logger LOG = LoggerFactory.getLogger(SheetReader.class);

    /**
     * The columns of one kind of sheet.
     *
     * @param columns  field name to Chinese column title, in export order
     * @param required the fields without which no row can be read
     */
    public record Layout(Map<String, String> columns, List<String> required) {
    }

    private SheetReader() {
    }

    public static List<SheetRow> read(String filename, byte[] content, Layout layout) {
        if (content.length == 0) {
            throw new ValidationException(FieldViolation.of("file", new Violation("E1030", "import.file.empty")));
        }
        String lower = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".xlsx")) {
                return readWorkbook(content, layout);
            }
            if (lower.endsWith(".csv")) {
                return readCsv(content, layout);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            // the reader's text (POI's, commons-csv's) is for whoever maintains the platform, not for the uploader
            LOG.info("uploaded file {} could not be read: {}", filename, e.toString());
            throw new ValidationException(FieldViolation.of("file", new Violation("E1031", "import.file.unreadable")));
        }
        throw new ValidationException(FieldViolation.of("file", new Violation("E1032", "import.file.type")));
    }

    private static List<SheetRow> readCsv(byte[] content, Layout layout) throws IOException {
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
                    fields = header(cells, layout);
                    continue;
                }
                rows.add(row(line, fields, cells));
            }
            if (fields == null) {
                throw new ValidationException(FieldViolation.of("file", new Violation("E1030", "import.file.empty")));
            }
            return rows;
        }
    }

    private static List<SheetRow> readWorkbook(byte[] content, Layout layout) throws IOException {
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
                    fields = header(cells, layout);
                    continue;
                }
                rows.add(row(row.getRowNum() + 1, fields, cells));
            }
            if (fields == null) {
                throw new ValidationException(FieldViolation.of("file", new Violation("E1030", "import.file.empty")));
            }
            return rows;
        }
    }

    private static Map<Integer, String> header(List<String> titles, Layout layout) {
        Map<String, String> byTitle = new HashMap<>();
        layout.columns().forEach((field, chinese) -> {
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
        for (String required : layout.required()) {
            if (!fields.containsValue(required)) {
                missing.add(new FieldViolation(1, required, new Violation("E1033", "import.column.missing",
                        layout.columns().get(required), required)));
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
