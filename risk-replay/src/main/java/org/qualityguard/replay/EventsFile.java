package org.qualityguard.replay;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The optional events file: {@code hs_prefix,origin,consignee,onset,end}, an empty field meaning any. */
final class EventsFile {

    static final List<String> HEADER = List.of("hs_prefix", "origin", "consignee", "onset", "end");

    private EventsFile() {
    }

    static List<EmergingEvent> read(Path file) throws IOException, MalformedFileException {
        List<EmergingEvent> events = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
            boolean header = true;
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    if (!row.toList().equals(HEADER)) {
                        problems.add("line 1: header must be " + String.join(",", HEADER));
                        break;
                    }
                    continue;
                }
                if (row.size() != HEADER.size()) {
                    problems.add("line " + line + ": expected 5 fields, found " + row.size());
                    continue;
                }
                try {
                    LocalDate onset = LocalDate.parse(row.get(3));
                    LocalDate end = LocalDate.parse(row.get(4));
                    if (end.isBefore(onset)) {
                        problems.add("line " + line + ": end before onset");
                        continue;
                    }
                    String hs = blankToNull(row.get(0));
                    String origin = blankToNull(row.get(1));
                    String consignee = blankToNull(row.get(2));
                    if (hs == null && origin == null && consignee == null) {
                        problems.add("line " + line + ": an event must name at least one of hs_prefix, origin, consignee");
                        continue;
                    }
                    events.add(new EmergingEvent(hs, origin, consignee, onset, end));
                } catch (DateTimeParseException e) {
                    problems.add("line " + line + ": onset and end must be yyyy-MM-dd");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new MalformedFileException(file.toString(), problems, problems.size());
        }
        return events;
    }

    static void write(Path file, List<EmergingEvent> events) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", HEADER) + "\n");
            for (EmergingEvent e : events) {
                w.write(nullToBlank(e.hsPrefix()) + "," + nullToBlank(e.origin()) + "," + nullToBlank(e.consignee())
                        + "," + e.onset() + "," + e.end() + "\n");
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String nullToBlank(String s) {
        return s == null ? "" : s;
    }
}
