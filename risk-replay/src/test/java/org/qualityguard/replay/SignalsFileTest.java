package org.qualityguard.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityguard.risk.Cell;
import org.qualityguard.risk.CellKind;
import org.qualityguard.risk.ExternalSignal;
import org.qualityguard.risk.SignalKind;

class SignalsFileTest {

    @TempDir
    Path dir;

    @Test
    void readsEachCellKindByItsKeyAndWritesWhatItReads() throws Exception {
        Path file = dir.resolve("s.csv");
        Files.writeString(file, """
                date,cell_kind,cell_key,kind,strength
                2025-03-10,HEADING_ORIGIN,0802/US,PARTNER_NOTIFICATION,1.0
                2025-03-11,CONSIGNEE,C000123,CONSUMER_COMPLAINT,0.3
                2025-03-12,MANUFACTURER,M000007,OTHER_BUREAU_RESULT,1
                2025-03-13,CONSIGNEE_HEADING,C000123/0402,OTHER_BUREAU_RESULT,0.5
                """);

        List<ExternalSignal> signals = SignalsFile.read(file);

        assertThat(signals).containsExactly(
                new ExternalSignal(new Cell(CellKind.HEADING_ORIGIN, "0802", "US", null, null),
                        SignalKind.PARTNER_NOTIFICATION, 1.0, LocalDate.of(2025, 3, 10)),
                new ExternalSignal(new Cell(CellKind.CONSIGNEE, null, null, "C000123", null),
                        SignalKind.CONSUMER_COMPLAINT, 0.3, LocalDate.of(2025, 3, 11)),
                new ExternalSignal(new Cell(CellKind.MANUFACTURER, null, null, null, "M000007"),
                        SignalKind.OTHER_BUREAU_RESULT, 1.0, LocalDate.of(2025, 3, 12)),
                new ExternalSignal(new Cell(CellKind.CONSIGNEE_HEADING, "0402", null, "C000123", null),
                        SignalKind.OTHER_BUREAU_RESULT, 0.5, LocalDate.of(2025, 3, 13)));
        Path copy = dir.resolve("copy.csv");
        SignalsFile.write(copy, signals);
        assertThat(SignalsFile.read(copy)).isEqualTo(signals);
    }

    @Test
    void refusesAFileWithBadRowsListingEachByItsLine() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, """
                date,cell_kind,cell_key,kind,strength
                2025-13-10,HEADING_ORIGIN,0802/US,PARTNER_NOTIFICATION,1.0
                2025-03-11,HS_CHAPTER,08,CONSUMER_COMPLAINT,0.3
                2025-03-12,HEADING_ORIGIN,0802,PARTNER_NOTIFICATION,1
                2025-03-13,CONSIGNEE,C1,RUMOUR,0.5
                2025-03-14,CONSIGNEE,C1,CONSUMER_COMPLAINT,2
                2025-03-15,CONSIGNEE,C1
                """);

        assertThatThrownBy(() -> SignalsFile.read(file)).isInstanceOfSatisfying(MalformedFileException.class, e ->
                assertThat(e.problems()).satisfiesExactly(
                        p -> assertThat(p).isEqualTo("line 2: date must be yyyy-MM-dd"),
                        p -> assertThat(p).startsWith("line 3: a signal is about one of"),
                        p -> assertThat(p).startsWith("line 4: a HEADING_ORIGIN key has 2 part(s)"),
                        p -> assertThat(p).startsWith("line 5: ").contains("RUMOUR"),
                        p -> assertThat(p).startsWith("line 6: ").contains("strength"),
                        p -> assertThat(p).isEqualTo("line 7: expected 5 fields, found 3")));
    }
}
