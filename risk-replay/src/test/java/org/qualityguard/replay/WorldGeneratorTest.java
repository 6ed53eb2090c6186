package org.qualityguard.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameWorldAndItsTruthAndEvents() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        new WorldGenerator(8_000, 20, 5, LocalDate.of(2024, 1, 1)).write(a);
        new WorldGenerator(8_000, 20, 5, LocalDate.of(2024, 1, 1)).write(b);
        assertThat(Files.readAllLines(a)).isEqualTo(Files.readAllLines(b));
        assertThat(Files.readAllLines(TruthFile.besides(a))).isEqualTo(Files.readAllLines(TruthFile.besides(b)));
    }

    @Test
    void theWorldIsAValidLotFileWithATruthForEveryLotAndEventsInsideThePeriod() throws Exception {
        Path file = dir.resolve("w.csv");
        WorldGenerator.Summary summary = new WorldGenerator(20_000, 40, 9, LocalDate.of(2024, 1, 1)).write(file);

        List<LabelledLot> lots = LotFile.read(file);
        Map<String, Double> truth = TruthFile.read(TruthFile.besides(file));
        List<EmergingEvent> events = EventsFile.read(summary.eventsFile());

        assertThat(lots).hasSize(20_000);
        assertThat(truth).hasSize(20_000).allSatisfy((id, p) -> assertThat(p).isBetween(0.0, 1.0));
        double meanTruth = truth.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double failed = lots.stream().filter(LabelledLot::failed).count() / 20_000.0;
        assertThat(failed).isCloseTo(meanTruth, org.assertj.core.data.Offset.offset(0.01));
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.onset())
                .isAfter(LocalDate.of(2024, 1, 1)).isBefore(e.end()));
    }
}
