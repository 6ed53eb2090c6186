package org.qualityguard.sampling.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A data file the platform ships on its class path ({@code sampling/*.csv}): UTF-8, a header row, lines starting
 * with # saying where the data comes from. Read as rows of cells by column name.
 */
public final class ShippedCsv {

    /** One row with its line number in the file (for a fault to point at). */
    public record Row(int line, Map<String, String> cells) {
    }

    private ShippedCsv() {
    }

    public static List<Row> read(String resource) {
        InputStream in = ShippedCsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
            for (CSVRecord r : parser) {
                rows.add(new Row((int) parser.getCurrentLineNumber(), r.toMap()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
