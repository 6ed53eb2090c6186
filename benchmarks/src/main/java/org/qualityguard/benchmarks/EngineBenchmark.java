package org.qualityguard.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.qualityguard.risk.Hazard;
import org.qualityguard.risk.Lot;
import org.qualityguard.risk.RiskEngine;
import org.qualityguard.risk.history.EncodedLot;

/**
 * The engine's hot paths on a warm history of more than a million cells, single-threaded. Throughput is in lots
 * per second (each invocation handles a whole batch).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {

    static final int BATCH = 100_000;

    private RiskEngine engine;
    private EncodedLot[] encoded;
    private Lot[] lots;
    private int day;
    private int updates;

    @Setup(Level.Trial)
    public void setUp() {
        BenchmarkWorld world = new BenchmarkWorld();
        engine = world.warmEngine();
        lots = world.fresh(BATCH, 7);
        encoded = new EncodedLot[BATCH];
        for (int i = 0; i < BATCH; i++) {
            encoded[i] = engine.encode(lots[i]);
        }
        day = (int) lots[0].declaredAt().toEpochDay();
        System.out.printf("%nwarm history: %,d cells%n", engine.cellCount());
        if (engine.cellCount() < 1_000_000) {
            throw new IllegalStateException("the history must hold at least a million cells");
        }
    }

    /** Scoring lots already encoded at declaration: the per-lot cost of ranking a period. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void scoreEncodedLots(Blackhole bh) {
        for (EncodedLot e : encoded) {
            bh.consume(engine.probability(e));
        }
    }

    /** Encoding (interning the lot's ten cells from its strings) and scoring: what a lot costs from the wire. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void encodeAndScoreLots(Blackhole bh) {
        for (Lot lot : lots) {
            bh.consume(engine.probability(engine.encode(lot)));
        }
    }

    /** Recording results: history of ten cells, three CUSUMs, the stream's switching counters. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void recordResults(Blackhole bh) {
        for (int i = 0; i < BATCH; i++) {
            boolean failed = ((i * 0x9E3779B9) >>> 28) == 0; // about 6 %
            bh.consume(engine.recordEncoded(encoded[i], lots[i].lotId(), day + (updates++ / 1_000_000),
                    failed, failed ? Hazard.QUALITY : null));
        }
    }
}
