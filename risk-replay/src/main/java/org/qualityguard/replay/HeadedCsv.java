package org.qualityguard.replay;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A small CSV file with an exact header, read whole or refused with every bad row named by its line. */
final class HeadedCsv {

    /** Turns one row into a value, or throws {@link IllegalArgumentException} saying what is wrong with it. */
    interface RowReader<T> {
        T read(CSVRecord row);
    }

    private HeadedCsv() {
    }

    static <T> List<T> read(Path file, List<String> header, RowReader<T> reader)
            throws IOException, MalformedFileException {
        List<T> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180)) {
            boolean first = true;
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (first) {
                    first = false;
                    if (!row.toList().equals(header)) {
                        problems.add("line 1: header must be " + String.join(",", header));
                        break;
                    }
                    continue;
                }
                if (row.size() != header.size()) {
                    problems.add("line " + line + ": expected " + header.size() + " fields, found " + row.size());
                    continue;
                }
                try {
                    rows.add(reader.read(row));
                } catch (IllegalArgumentException e) {
                    problems.add("line " + line + ": " + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new MalformedFileException(file.toString(), problems.subList(0, Math.min(50, problems.size())),
                    problems.size());
        }
        return rows;
    }
}
