package org.qualityguard.replay;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.qualityguard.risk.Direction;
import org.qualityguard.risk.Hazard;
import org.qualityguard.risk.Lot;
import org.qualityguard.risk.Outcome;

/**
 * Reads a labelled lot file. Commons CSV rather than a hand-rolled split: files other than our generator's are
 * replayed too, and those may quote a manufacturer's name that contains a comma; it parses a million rows in about
 * two seconds here, a small part of a replay. Every row is validated; all problems are collected with their line
 * numbers and the whole file is refused if there is any.
 */
final class LotFile {

    static final List<String> HEADER = List.of("lot_id", "declared_at", "bureau", "direction", "hs_code", "origin",
            "consignee", "manufacturer", "quantity", "value_cny", "outcome", "hazard");
    private static final int MAX_REPORTED = 50;

    private LotFile() {
    }

    static List<LabelledLot> read(Path file) throws IOException, MalformedFileException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    static List<LabelledLot> read(Reader reader, String name) throws IOException, MalformedFileException {
        List<String> problems = new ArrayList<>();
        long[] total = {0};
        List<LabelledLot> lots = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            boolean header = true;
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    List<String> got = row.toList();
                    if (!got.isEmpty() && got.get(0).startsWith("\uFEFF")) {
                        got.set(0, got.get(0).substring(1));
                    }
                    if (!got.equals(HEADER)) {
                        throw new MalformedFileException(name,
                                List.of("line 1: header must be " + String.join(",", HEADER) + " but is "
                                        + String.join(",", got)), 1);
                    }
                    continue;
                }
                if (row.size() == 1 && row.get(0).isEmpty()) {
                    continue; // a blank line
                }
                String problem = null;
                LabelledLot lot = null;
                try {
                    lot = parse(row, ids);
                } catch (RowException e) {
                    problem = e.getMessage();
                }
                if (problem != null) {
                    total[0]++;
                    if (problems.size() < MAX_REPORTED) {
                        problems.add("line " + line + ": " + problem);
                    }
                } else {
                    lots.add(lot);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new MalformedFileException(name, List.of(e.getCause().getMessage()), 1);
        }
        if (total[0] > 0) {
            throw new MalformedFileException(name, problems, total[0]);
        }
        if (lots.isEmpty()) {
            throw new MalformedFileException(name, List.of("no lots"), 1);
        }
        return lots;
    }

    private static final class RowException extends Exception {
        RowException(String message) {
            super(message, null, false, false);
        }
    }

    private static LabelledLot parse(CSVRecord row, Set<String> ids) throws RowException {
        if (row.size() != HEADER.size()) {
            throw new RowException("expected " + HEADER.size() + " fields, found " + row.size());
        }
        String lotId = required(row, 0);
        if (!ids.add(lotId)) {
            throw new RowException("duplicate lot_id " + lotId);
        }
        LocalDate declaredAt;
        try {
            declaredAt = LocalDate.parse(required(row, 1));
        } catch (DateTimeParseException e) {
            throw new RowException("declared_at must be yyyy-MM-dd: '" + row.get(1) + "'");
        }
        String bureau = required(row, 2);
        Direction direction = enumValue(Direction.class, row, 3);
        String hs = required(row, 4);
        if (hs.length() < 6 || hs.length() > 10 || !hs.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new RowException("hs_code must be 6 to 10 digits: '" + hs + "'");
        }
        String origin = required(row, 5);
        if (origin.length() != 2 || !origin.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            throw new RowException("origin must be an ISO 3166 alpha-2 code: '" + origin + "'");
        }
        String consignee = required(row, 6);
        String manufacturer = required(row, 7);
        double quantity = number(row, 8);
        double value = number(row, 9);
        Outcome outcome = enumValue(Outcome.class, row, 10);
        String hazardText = row.get(11);
        Hazard hazard = null;
        if (outcome == Outcome.FAIL) {
            hazard = enumValue(Hazard.class, row, 11);
        } else if (!hazardText.isEmpty()) {
            throw new RowException("hazard must be empty when outcome is PASS: '" + hazardText + "'");
        }
        return new LabelledLot(new Lot(lotId, declaredAt, bureau, direction, hs, origin, consignee, manufacturer,
                quantity, value), outcome, hazard);
    }

    private static String required(CSVRecord row, int i) throws RowException {
        String v = row.get(i);
        if (v.isEmpty()) {
            throw new RowException(HEADER.get(i) + " is empty");
        }
        return v;
    }

    private static double number(CSVRecord row, int i) throws RowException {
        String v = required(row, i);
        try {
            double d = Double.parseDouble(v);
            if (!(d >= 0) || Double.isInfinite(d)) {
                throw new RowException(HEADER.get(i) + " must be a non-negative number: '" + v + "'");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new RowException(HEADER.get(i) + " must be a number: '" + v + "'");
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, CSVRecord row, int i) throws RowException {
        String v = required(row, i);
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E c : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : "|").append(c.name());
            }
            throw new RowException(HEADER.get(i) + " must be one of " + allowed + ": '" + v + "'");
        }
    }
}
