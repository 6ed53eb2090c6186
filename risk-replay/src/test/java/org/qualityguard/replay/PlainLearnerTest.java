package org.qualityguard.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityguard.risk.Lot;
import org.qualityguard.risk.Outcome;

class PlainLearnerTest {

    @TempDir
    static Path dir;
    static List<LabelledLot> lots;

    @BeforeAll
    static void world() throws Exception {
        Path file = dir.resolve("plain.csv");
        new WorldGenerator(WorldShape.builder(20_000, 30, 41).baseRate(0.06).build(), LocalDate.of(2024, 1, 1))
                .write(file);
        lots = LotFile.read(file);
    }

    private static Replay plainOn(List<LabelledLot> world) {
        Replay replay = new Replay(world, List.of(), null, new Replay.Options(0.10, 7, 1));
        replay.runPlain();
        return replay;
    }

    @Test
    void plainChoosesTheSameLotsWhateverTheOutcomesOfTheLotsItDidNotInspect() {
        Replay first = plainOn(lots);
        List<LabelledLot> flipped = new ArrayList<>();
        List<LabelledLot> ordered = new ArrayList<>(lots);
        ordered.sort(java.util.Comparator.comparing(l -> l.lot().declaredAt())); // the replay's order
        for (int i = 0; i < ordered.size(); i++) {
            LabelledLot l = ordered.get(i);
            flipped.add(first.plainInspected.get(i) ? l : new LabelledLot(l.lot(),
                    l.failed() ? Outcome.PASS : Outcome.FAIL, l.failed() ? null : org.qualityguard.risk.Hazard.OTHER));
        }
        Replay second = plainOn(flipped);

        assertThat(second.plainInspected).isEqualTo(first.plainInspected);
        assertThat(second.strategies.get("plain")).isEqualTo(first.strategies.get("plain"));
    }

    @Test
    void plainLearnsFromTheLotsItInspectsAndFindsFarMoreFailuresThanTheBaseRate() {
        Replay replay = plainOn(lots);
        Replay.StrategyResult plain = replay.strategies.get("plain");

        assertThat(plain.inspected()).isCloseTo(Math.round(0.10 * lots.size()), org.assertj.core.data.Offset.offset(40L));
        assertThat((double) plain.hits() / plain.inspected()).isGreaterThan(1.8 * replay.baseRate());
        assertThat(replay.plain.weights()[1]).as("the consignee's weight").isPositive();
    }

    @Test
    void plainRefusesAnOutcomeOfALotItDidNotChoose() {
        PlainLearner learner = new PlainLearner();
        List<Lot> week = lots.subList(0, 300).stream().map(LabelledLot::lot).toList();
        List<Lot> chosen = learner.choose(week, 30, 0.10, new SplittableRandom(1));
        Lot notChosen = week.stream().filter(l -> !chosen.contains(l)).findFirst().orElseThrow();

        assertThat(chosen).hasSize(30);
        assertThatThrownBy(() -> learner.learn(notChosen, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
