package org.qualityguard.replay;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.qualityguard.risk.Cell;
import org.qualityguard.risk.CellKind;
import org.qualityguard.risk.ExternalSignal;
import org.qualityguard.risk.SignalKind;

/**
 * The optional signals file: {@code date,cell_kind,cell_key,kind,strength}, one outside signal a row, e.g.
 * {@code 2025-03-10,HEADING_ORIGIN,0802/US,PARTNER_NOTIFICATION,1.0}. The key names the cell's parts in the order of
 * its kind's name: {@code heading/origin}, {@code consignee}, {@code manufacturer}, {@code consignee/heading}.
 */
final class SignalsFile {

    static final List<String> HEADER = List.of("date", "cell_kind", "cell_key", "kind", "strength");

    private SignalsFile() {
    }

    static List<ExternalSignal> read(Path file) throws IOException, MalformedFileException {
        return HeadedCsv.read(file, HEADER, row -> {
            LocalDate date;
            try {
                date = LocalDate.parse(row.get(0).trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("date must be yyyy-MM-dd");
            }
            // an unknown kind or a strength that is no number is an IllegalArgumentException too
            return new ExternalSignal(cell(row.get(1).trim(), row.get(2).trim()), SignalKind.valueOf(row.get(3).trim()),
                    Double.parseDouble(row.get(4).trim()), date);
        });
    }

    static void write(Path file, List<ExternalSignal> signals) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", HEADER) + "\n");
            for (ExternalSignal s : signals) {
                w.write(s.date() + "," + s.cell().kind() + "," + key(s.cell()) + "," + s.kind() + "," + s.strength()
                        + "\n");
            }
        }
    }

    private static Cell cell(String kind, String key) {
        String[] parts = key.split("/", -1);
        CellKind k = CellKind.valueOf(kind);
        int expected = k == CellKind.HEADING_ORIGIN || k == CellKind.CONSIGNEE_HEADING ? 2 : 1;
        if (parts.length != expected) {
            throw new IllegalArgumentException("a " + kind + " key has " + expected + " part(s) separated by /: " + key);
        }
        return switch (k) {
            case HEADING_ORIGIN -> new Cell(k, parts[0], parts[1], null, null);
            case CONSIGNEE -> new Cell(k, null, null, parts[0], null);
            case MANUFACTURER -> new Cell(k, null, null, null, parts[0]);
            case CONSIGNEE_HEADING -> new Cell(k, parts[1], null, parts[0], null);
            default -> throw new IllegalArgumentException("a signal is about one of " + ExternalSignal.CELL_KINDS
                    + ", not " + kind);
        };
    }

    private static String key(Cell c) {
        return switch (c.kind()) {
            case HEADING_ORIGIN -> c.hsPrefix() + "/" + c.origin();
            case CONSIGNEE -> c.consignee();
            case MANUFACTURER -> c.manufacturer();
            case CONSIGNEE_HEADING -> c.consignee() + "/" + c.hsPrefix();
            default -> throw new IllegalArgumentException(c.kind().name());
        };
    }
}
