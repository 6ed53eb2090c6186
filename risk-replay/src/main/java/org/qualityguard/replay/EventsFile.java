package org.qualityguard.replay;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The optional events file: {@code hs_prefix,origin,consignee,onset,end}, an empty field meaning any. */
final class EventsFile {

    static final List<String> HEADER = List.of("hs_prefix", "origin", "consignee", "onset", "end");

    private EventsFile() {
    }

    static List<EmergingEvent> read(Path file) throws IOException, MalformedFileException {
        return HeadedCsv.read(file, HEADER, row -> {
            LocalDate onset;
            LocalDate end;
            try {
                onset = LocalDate.parse(row.get(3));
                end = LocalDate.parse(row.get(4));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("onset and end must be yyyy-MM-dd");
            }
            if (end.isBefore(onset)) {
                throw new IllegalArgumentException("end before onset");
            }
            String hs = blankToNull(row.get(0));
            String origin = blankToNull(row.get(1));
            String consignee = blankToNull(row.get(2));
            if (hs == null && origin == null && consignee == null) {
                throw new IllegalArgumentException("an event must name at least one of hs_prefix, origin, consignee");
            }
            return new EmergingEvent(hs, origin, consignee, onset, end);
        });
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
