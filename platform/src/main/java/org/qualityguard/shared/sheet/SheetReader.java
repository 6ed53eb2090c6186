package org.qualityguard.shared.sheet;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

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

    /** Unpacked, a sheet or its shared strings may be this large: far above 100,000 rows of any of our sheets. */
    static final long MAX_PART_BYTES = 256L * 1024 * 1024;

    private SheetReader() {
    }

    /**
     * The data rows below the header, at most {@code maxRows} of them: a longer file is refused whole, naming the
     * limit, before more of it is read.
     */
    public static List<SheetRow> read(String filename, byte[] content, Layout layout, int maxRows) {
        if (content.length == 0) {
            throw new ValidationException(FieldViolation.of("file", new Violation("E1030", "import.file.empty")));
        }
        String lower = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".xlsx")) {
                return readWorkbook(content, new Rows(layout, maxRows));
            }
            if (lower.endsWith(".csv")) {
                return readCsv(content, new Rows(layout, maxRows));
            }
        } catch (IOException | SAXException | OpenXML4JException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            // the reader's text (POI's, commons-csv's) is for whoever maintains the platform, not for the uploader
            LOG.info("uploaded file {} could not be read: {}", filename, e.toString());
            throw new ValidationException(FieldViolation.of("file", new Violation("E1031", "import.file.unreadable")));
        }
        throw new ValidationException(FieldViolation.of("file", new Violation("E1032", "import.file.type")));
    }

    /** The rows read so far: the header first, then data rows up to the limit. */
    private static final class Rows {

        private final Layout layout;
        private final int maxRows;
        private final List<SheetRow> rows = new ArrayList<>();
        private Map<Integer, String> fields;

        Rows(Layout layout, int maxRows) {
            this.layout = layout;
            this.maxRows = maxRows;
        }

        void add(int number, List<String> cells) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (fields == null) {
                fields = header(cells, layout);
                return;
            }
            if (rows.size() == maxRows) {
                throw new ValidationException(FieldViolation.of("file",
                        new Violation("E1034", "import.rows.tooMany", maxRows)));
            }
            rows.add(row(number, fields, cells));
        }

        List<SheetRow> all() {
            if (fields == null) {
                throw new ValidationException(FieldViolation.of("file", new Violation("E1030", "import.file.empty")));
            }
            return rows;
        }
    }

    private static List<SheetRow> readCsv(byte[] content, Rows rows) throws IOException {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content, bomLength(content),
                content.length - bomLength(content)), charsetOf(content));
             CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            int line = 0;
            for (CSVRecord record : parser) {
                rows.add(++line, record.toList());
            }
            return rows.all();
        }
    }

    /**
     * Reads the first sheet as a stream of XML events, never as a workbook in memory: memory grows with the rows kept,
     * not with the size the file unpacks to, and the reading stops at the row limit. The package is opened from a
     * file, so that POI inflates one part at a time under its zip-bomb guards (ZipSecureFile's inflate ratio and
     * entry size), and each part read is bounded besides.
     */
    private static List<SheetRow> readWorkbook(byte[] content, Rows rows)
            throws IOException, SAXException, OpenXML4JException {
        Path file = Files.createTempFile("qg-sheet-", ".xlsx");
        try {
            Files.write(file, content);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                List<PackagePart> sstParts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
                SharedStrings strings;
                // a sheet of numbers only may come without a table of shared strings
                try (InputStream sst = sstParts.isEmpty() ? InputStream.nullInputStream()
                        : sstParts.get(0).getInputStream()) {
                    strings = new ReadOnlySharedStringsTable(bounded(sst));
                }
                Iterator<InputStream> sheets = reader.getSheetsData();
                if (sheets.hasNext()) {
                    try (InputStream sheet = sheets.next()) {
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                                new RowCollector(rows), new DataFormatter(Locale.ROOT), false));
                        parser.parse(new InputSource(bounded(sheet)));
                    } catch (ParserConfigurationException e) {
                        throw new IllegalStateException("the JDK's SAX parser is missing", e);
                    }
                }
            }
            return rows.all();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Collects a sheet's cells by column, leaving "" where the sheet has no cell. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Rows rows;
        private final List<String> cells = new ArrayList<>();

        RowCollector(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(rowNum + 1, List.copyOf(cells));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }

    /** A part of the package, refused past {@link #MAX_PART_BYTES} unpacked. */
    private static InputStream bounded(InputStream part) {
        return new FilterInputStream(part) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > MAX_PART_BYTES) {
                    throw new ValidationException(FieldViolation.of("file", new Violation("E1035",
                            "import.file.unpacksTooLarge", MAX_PART_BYTES / (1024 * 1024))));
                }
            }
        };
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
