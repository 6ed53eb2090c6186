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

    @Test
    void aCalibratedWorldRealisesTheBaseRateItWasGiven() throws Exception {
        for (double rate : new double[] {0.02, 0.10}) {
            Path file = dir.resolve("rate" + rate + ".csv");
            WorldShape shape = WorldShape.builder(20_000, 30, 21).baseRate(rate).events(2, 5, 20, 5, 50).build();
            WorldGenerator.Summary s = new WorldGenerator(shape, LocalDate.of(2024, 1, 1)).write(file);
            double meanTruth = TruthFile.read(TruthFile.besides(file)).values().stream()
                    .mapToDouble(Double::doubleValue).average().orElseThrow();
            assertThat(meanTruth).isCloseTo(rate, org.assertj.core.data.Percentage.withPercentage(5));
            assertThat((double) s.failures() / s.lots()).isCloseTo(rate, org.assertj.core.data.Percentage.withPercentage(12));
        }
    }

    @Test
    void anEventMultipliesTheOddsOfItsFlowsLotsByTheConfiguredRange() throws Exception {
        Path file = dir.resolve("odds.csv");
        WorldShape shape = WorldShape.builder(30_000, 30, 23).baseRate(0.05).change(0, 0, 0)
                .events(1, 8, 8.0001, 5, 60).build();
        new WorldGenerator(shape, LocalDate.of(2024, 1, 1)).write(file);
        List<EmergingEvent> events = EventsFile.read(TruthFile.sibling(file, ".events.csv"));
        Map<String, Double> truth = TruthFile.read(TruthFile.besides(file));
        List<LabelledLot> lots = LotFile.read(file);
        assertThat(events).hasSize(2);
        for (EmergingEvent e : events) {
            // without drift, walk or season a lot's odds differ before and during only by the event (and the noise)
            double before = meanLogOdds(lots, truth, e, e.onset().minusDays(70), e.onset().minusDays(1));
            double during = meanLogOdds(lots, truth, e, e.onset(), e.end());
            assertThat(Math.exp(during - before)).as("odds ratio of %s", e).isBetween(8 / 1.35, 8 * 1.35);
        }
    }

    private static double meanLogOdds(List<LabelledLot> lots, Map<String, Double> truth, EmergingEvent e,
                                      LocalDate from, LocalDate to) {
        return lots.stream().filter(l -> e.covers(l.lot().hsCode(), l.lot().origin(), l.lot().consignee())
                        && !l.lot().declaredAt().isBefore(from) && !l.lot().declaredAt().isAfter(to))
                .mapToDouble(l -> {
                    double p = truth.get(l.lot().lotId());
                    return Math.log(p / (1 - p));
                }).average().orElseThrow();
    }

    @Test
    void eventsLieOnFlowsOfTheConfiguredWeeklyVolume() throws Exception {
        Path file = dir.resolve("volume.csv");
        WorldShape shape = WorldShape.builder(30_000, 30, 29).baseRate(0.05).events(2, 3, 20, 10, 30).build();
        new WorldGenerator(shape, LocalDate.of(2024, 1, 1)).write(file);
        List<LabelledLot> lots = LotFile.read(file);
        List<EmergingEvent> events = EventsFile.read(TruthFile.sibling(file, ".events.csv"));
        assertThat(events).isNotEmpty();
        for (EmergingEvent e : events) {
            long during = lots.stream().filter(l -> e.covers(l.lot().hsCode(), l.lot().origin(), l.lot().consignee())
                    && !l.lot().declaredAt().isBefore(e.onset()) && !l.lot().declaredAt().isAfter(e.end())).count();
            double weeks = (e.end().toEpochDay() - e.onset().toEpochDay() + 1) / 7.0;
            assertThat(during / weeks).as("lots a week of %s", e).isBetween(10.0, 30.0);
        }
    }

    @Test
    void giantsDeclareTheirShareOfAllLots() throws Exception {
        Path file = dir.resolve("giants.csv");
        WorldShape shape = WorldShape.builder(30_000, 20, 31).baseRate(0.05).volumes(100, 1.5, 3, 0.3).build();
        new WorldGenerator(shape, LocalDate.of(2024, 1, 1)).write(file);
        long giants = LotFile.read(file).stream().filter(l -> List.of("C000001", "C000002", "C000003")
                .contains(l.lot().consignee())).count();
        assertThat(giants / 30_000.0).isCloseTo(0.3, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void theFamilyHasDistinctNamesAndSeedsAndAtLeastSixHeldOutMembersOneOfTheIndependentChecksSize() {
        List<WorldFamily.Member> members = WorldFamily.MEMBERS;
        assertThat(members).extracting(WorldFamily.Member::name).doesNotHaveDuplicates();
        assertThat(members).extracting(m -> m.shape().seed()).doesNotHaveDuplicates();
        assertThat(members).filteredOn(m -> m.role() == WorldFamily.Role.HELD_OUT).hasSizeGreaterThanOrEqualTo(6)
                .anySatisfy(m -> assertThat(m.shape().lots()).isEqualTo(400_000));
        assertThat(members).filteredOn(m -> m.role() == WorldFamily.Role.TUNING).isNotEmpty();
        assertThat(members).allSatisfy(m -> assertThat(m.shape().baseRate()).isBetween(0.02, 0.10));
    }

    @Test
    void aLegacyShapeIsTheWorldTheOldConstructorWrites() throws Exception {
        Path a = dir.resolve("old.csv");
        Path b = dir.resolve("shape.csv");
        new WorldGenerator(6_000, 12, 8, LocalDate.of(2024, 1, 1)).write(a);
        new WorldGenerator(WorldShape.legacy(6_000, 12, 8), LocalDate.of(2024, 1, 1)).write(b);
        assertThat(Files.readAllLines(a)).isEqualTo(Files.readAllLines(b));
    }
}
