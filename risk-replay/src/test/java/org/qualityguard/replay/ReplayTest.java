package org.qualityguard.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayTest {

    @TempDir
    Path dir;

    @Test
    void theEngineFindsFarMoreFailuresThanRandomInspectionOnASmallGeneratedWorld() throws Exception {
        Path lots = dir.resolve("world.csv");
        new WorldGenerator(40_000, 52, 11, LocalDate.of(2024, 1, 1)).write(lots);

        Replay replay = new Replay(LotFile.read(lots), EventsFile.read(TruthFile.sibling(lots, ".events.csv")),
                TruthFile.read(TruthFile.besides(lots)), new Replay.Options(0.10, 7, 1));
        replay.run();

        Replay.StrategyResult engine = replay.strategies.get("engine");
        Replay.StrategyResult random = replay.strategies.get("random");
        Replay.StrategyResult oracle = replay.strategies.get("oracle");
        assertThat(engine.inspected()).isEqualTo(random.inspected());
        assertThat(engine.hits()).isGreaterThan(2 * random.hits());
        assertThat(oracle.hits()).isGreaterThan(engine.hits());
        assertThat(replay.baseRateEstimate.ciLow()).isLessThan(replay.baseRateEstimate.ciHigh());
        assertThat(replay.strategies.get("plain").inspected()).isEqualTo(engine.inspected());
        assertThat(replay.strategies.get("plain").hits()).isGreaterThan(2 * random.hits());
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachEventReportsItsEvidenceBoundAndIsDetectableExactlyWhenTheBoundReachesOrangeWithinFourteenDays()
            throws Exception {
        Path lots = dir.resolve("events.csv");
        new WorldGenerator(WorldShape.builder(30_000, 40, 13).baseRate(0.05).events(2, 5, 20, 10, 60).build(),
                LocalDate.of(2024, 1, 1)).write(lots);
        Replay replay = new Replay(LotFile.read(lots), EventsFile.read(TruthFile.sibling(lots, ".events.csv")),
                TruthFile.read(TruthFile.besides(lots)), new Replay.Options(0.10, 7, 1)).withRun();

        List<Object> events = (List<Object>) replay.report().get("events");
        assertThat(events).hasSize(4);
        for (int i = 0; i < events.size(); i++) {
            Map<String, Object> e = (Map<String, Object>) events.get(i);
            double bound = replay.evidenceBoundOf(replay.eventResults.get(i).event()).nats14();
            assertThat(e).containsKeys("hs_prefix", "origin", "consignee", "onset", "first_warning", "delay_days",
                    "level", "detectable", "evidence_bound_nats", "warned_within_28_days");
            assertThat((double) e.get("evidence_bound_nats")).isEqualTo(bound);
            assertThat(e.get("detectable")).isEqualTo(bound >= Replay.orangeThreshold());
            Long delay = replay.eventResults.get(i).delayDays();
            assertThat(e.get("warned_within_28_days")).isEqualTo(delay != null && delay <= 28);
        }
        assertThat(Replay.orangeThreshold()).isEqualTo(org.qualityguard.risk.RiskEngineConfig.defaults()
                .threshold(org.qualityguard.risk.WarningLevel.ORANGE));
    }

    @Test
    void partnerNotificationsOnEmergingFlowsMakeTheEngineInspectMoreOfThemAndLeaveTheReportsKeys() throws Exception {
        Path lots = dir.resolve("notified.csv");
        new WorldGenerator(WorldShape.builder(30_000, 40, 13).baseRate(0.05).events(2, 5, 20, 10, 60).build(),
                LocalDate.of(2024, 1, 1)).write(lots);
        List<EmergingEvent> events = EventsFile.read(TruthFile.sibling(lots, ".events.csv"));
        List<org.qualityguard.risk.ExternalSignal> notified = events.stream().map(e -> e.consignee() == null
                ? org.qualityguard.risk.ExternalSignal.onFlow(e.hsPrefix(), e.origin(),
                        org.qualityguard.risk.SignalKind.PARTNER_NOTIFICATION, 1.0, e.onset().plusDays(7))
                : org.qualityguard.risk.ExternalSignal.onConsignee(e.consignee(),
                        org.qualityguard.risk.SignalKind.PARTNER_NOTIFICATION, 1.0, e.onset().plusDays(7))).toList();
        Replay.Options options = new Replay.Options(0.10, 7, 1);
        Replay without = new Replay(LotFile.read(lots), events, null, options).withRun();
        Replay with = new Replay(LotFile.read(lots), events, null, options).withSignals(notified).withRun();

        long before = 0;
        long after = 0;
        for (org.qualityguard.risk.ExternalSignal s : notified) {
            before += without.inspected(s.cell(), s.date(), s.date().plusDays(28))[0];
            after += with.inspected(s.cell(), s.date(), s.date().plusDays(28))[0];
        }
        assertThat(with.signalsFed).isEqualTo(notified.size());
        assertThat(after).isGreaterThan(before);
        assertThat(with.inspectedAfterSignals()[0]).isEqualTo(after);
        assertThat(with.report().keySet()).isEqualTo(without.report().keySet());
    }

    @Test
    void generateWritesASignalsFileThatReplayTakes() throws Exception {
        Path lots = dir.resolve("gen.csv");
        new WorldGenerator(WorldShape.builder(20_000, 40, 5).baseRate(0.05).events(2, 5, 20, 10, 60).build(),
                LocalDate.of(2024, 1, 1)).write(lots);
        Path signals = TruthFile.sibling(lots, ".signals.csv");
        List<org.qualityguard.risk.ExternalSignal> read = SignalsFile.read(signals);
        int events = EventsFile.read(TruthFile.sibling(lots, ".events.csv")).size();
        // every event notified with some probability, and as many decoys on flows without one
        assertThat(read.size()).isBetween(events, 2 * events);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = RiskReplay.run(new String[] {"replay", "--lots", lots.toString(), "--signals", signals.toString(),
            "--json", dir.resolve("gen.json").toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("outside signals fed to the engine: " + read.size());
    }

    @Test
    void theJsonReportHasExactlyTheAgreedKeys() throws Exception {
        Path lots = dir.resolve("tiny.csv");
        new WorldGenerator(5_000, 12, 3, LocalDate.of(2024, 1, 1)).write(lots);
        Path json = dir.resolve("out.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = RiskReplay.run(new String[] {"replay", "--lots", lots.toString(), "--capacity", "0.10",
            "--period-days", "7", "--events", TruthFile.sibling(lots, ".events.csv").toString(), "--seed", "1",
            "--json", json.toString()}, new PrintStream(out), System.err);

        assertThat(status).isZero();
        String text = Files.readString(json);
        for (String key : List.of("\"base_rate\"", "\"strategies\"", "\"engine\"", "\"random\"", "\"risky\"",
                "\"static\"", "\"inspected\"", "\"hits\"", "\"precision\"", "\"recall\"", "\"uplift\"",
                "\"base_rate_estimate\"", "\"value\"", "\"ci_low\"", "\"ci_high\"", "\"events\"",
                "\"false_warnings_per_month\"", "\"lots_per_second\"")) {
            assertThat(text).contains(key);
        }
        Map<String, Object> report = new Replay(LotFile.read(lots), List.of(), null,
                new Replay.Options(0.10, 7, 1)).withRun().report();
        assertThat(report.keySet()).containsExactly("base_rate", "strategies", "base_rate_estimate", "events",
                "false_warnings_per_month", "lots_per_second");
    }

    @Test
    void hindsightEvidenceIsTheLikelihoodRatioAtTheObservedRateAndNothingWhenTheRateDidNotRise() {
        // 3 of 41 failed against 1.7 % before: 3 ln(0.0732 / 0.017) + 38 ln(0.9268 / 0.983) = 2.14 nats
        assertThat(Replay.hindsightEvidence(3, 41, 0.017)).isCloseTo(2.14, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Replay.hindsightEvidence(10, 10, 0.5)).isCloseTo(10 * Math.log(2),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Replay.hindsightEvidence(1, 100, 0.05)).isZero();
        assertThat(Replay.hindsightEvidence(0, 0, 0.05)).isZero();
        assertThat(Replay.hindsightEvidence(3, 10, Double.NaN)).isZero();
    }

    @Test
    void shouldRefuseAMalformedFileWithStatusThreeAndTheLineNumbers() throws Exception {
        Path lots = dir.resolve("bad.csv");
        Files.writeString(lots, String.join(",", LotFile.HEADER) + "\n"
                + "L1,2025-01-06,CIQ-NJ,IMPORT,0802110000,US,C1,M1,100,5000,MAYBE,\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = RiskReplay.run(new String[] {"replay", "--lots", lots.toString(), "--json",
            dir.resolve("x.json").toString()}, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2: outcome must be one of PASS|FAIL: 'MAYBE'");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void shouldExplainUsageWithStatusTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(RiskReplay.run(new String[] {"replay"}, System.out, new PrintStream(err))).isEqualTo(2);
        assertThat(err.toString()).contains("missing --lots").contains("usage:");
    }
}
