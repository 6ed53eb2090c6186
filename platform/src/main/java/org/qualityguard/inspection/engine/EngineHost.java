package org.qualityguard.inspection.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.qualityguard.inspection.Bureau;
import org.qualityguard.inspection.persistence.Journal;
import org.qualityguard.inspection.persistence.LotStore;
import org.qualityguard.risk.RiskEngine;
import org.qualityguard.risk.RiskEngineConfig;
import org.qualityguard.risk.SelectionReason;
import org.qualityguard.risk.targeting.OnlineThreshold;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds the one risk engine of the platform. The engine is a single-threaded library, so every use goes through
 * {@link #locked}. Whatever changes what it has learnt is written to the {@link Journal} while the engine is held and
 * applied once committed, so the engine never knows something the database does not. At start-up, and whenever a
 * write failed after the engine had applied it, the engine is rebuilt from the database.
 */
@Component
public class EngineHost implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(EngineHost.class);
    private static final int REPLAY_BATCH = 2_000;
    private static final int REPLAY_QUEUE = 16;

    private final ReentrantLock lock = new ReentrantLock();
    private final Journal journal;
    private final LotStore lots;
    private final TransactionTemplate reading;
    private final RiskEngineConfig config;
    private RiskEngine engine;
    private boolean stale = true;

    EngineHost(Journal journal, LotStore lots, PlatformTransactionManager transactions,
               @Value("${qualityguard.inspection.mandatory-hs-prefixes:}") Set<String> mandatoryHsPrefixes,
               @Value("${qualityguard.inspection.risk-adjusted-warnings:false}") boolean riskAdjustedWarnings) {
        this.journal = journal;
        this.lots = lots;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.config = RiskEngineConfig.defaults().withMandatoryHsPrefixes(mandatoryHsPrefixes)
                .withRiskAdjusted(riskAdjustedWarnings);
    }

    public RiskEngineConfig config() {
        return config;
    }

    @Override
    public void afterSingletonsInstantiated() {
        locked(engine -> null);
    }

    /** Runs {@code work} with the engine held, rebuilding it first if it is not known to match the database. */
    public <T> T locked(Function<RiskEngine, T> work) {
        lock.lock();
        try {
            if (stale) {
                engine = rebuild();
                stale = false;
            }
            return work.apply(engine);
        } finally {
            lock.unlock();
        }
    }

    /** A write failed after the engine applied it: the next use rebuilds the engine from what was committed. */
    public void markStale() {
        lock.lock();
        try {
            stale = true;
        } finally {
            lock.unlock();
        }
    }

    /** Rebuilds now, whatever the state; returns how long it took in milliseconds. */
    public long rebuildNow() {
        lock.lock();
        try {
            long started = System.nanoTime();
            engine = rebuild();
            stale = false;
            return (System.nanoTime() - started) / 1_000_000;
        } finally {
            lock.unlock();
        }
    }

    private RiskEngine rebuild() {
        long started = System.nanoTime();
        RiskEngine rebuilt = RiskEngine.create(config);
        long[] counts = new long[4];
        reading.executeWithoutResult(status -> {
            journal.declaredFlows((consignee, subheading, origin, n) -> {
                rebuilt.restoreDeclarations(consignee, subheading, origin, n);
                counts[0] += n;
            });
            for (Bureau b : lots.bureaus()) {
                for (Journal.RecentDecision d : journal.recentDecisions(b.code(), OnlineThreshold.WINDOW)) {
                    rebuilt.restoreDecision(b.code(), d.priority(), SelectionReason.valueOf(d.reason()),
                            b.capacityShare());
                }
            }
        });
        replayJournal(rebuilt, counts);
        log.info("Risk engine rebuilt in {} ms from {} declared lots, {} results, {} refits, {} warning decisions",
                (System.nanoTime() - started) / 1_000_000, counts[0], counts[1], counts[2], counts[3]);
        return rebuilt;
    }

    /**
     * Replays the journal into the engine. Reading and decoding rows and learning from them take about as long as
     * each other, so a reader thread streams the journal in batches while this thread applies them, in order.
     */
    private void replayJournal(RiskEngine rebuilt, long[] counts) {
        BlockingQueue<List<Journal.Entry>> batches = new ArrayBlockingQueue<>(REPLAY_QUEUE);
        AtomicReference<RuntimeException> readFailure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            List<Journal.Entry> batch = new ArrayList<>(REPLAY_BATCH);
            try {
                reading.executeWithoutResult(status -> journal.replay(entry -> {
                    batch.add(entry);
                    if (batch.size() == REPLAY_BATCH) {
                        put(batches, new ArrayList<>(batch));
                        batch.clear();
                    }
                }));
                put(batches, new ArrayList<>(batch));
            } catch (RuntimeException e) {
                readFailure.set(e);
            } finally {
                put(batches, List.of()); // the end
            }
        }, "engine-journal-reader");
        reader.start();
        try {
            for (List<Journal.Entry> batch = batches.take(); !batch.isEmpty(); batch = batches.take()) {
                batch.forEach(entry -> apply(rebuilt, entry, counts));
            }
            reader.join();
        } catch (InterruptedException e) {
            reader.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rebuilding the risk engine", e);
        } catch (RuntimeException e) {
            reader.interrupt(); // it may be waiting to hand over a batch nobody will take
            throw e;
        }
        if (readFailure.get() != null) {
            throw readFailure.get();
        }
    }

    private static void put(BlockingQueue<List<Journal.Entry>> queue, List<Journal.Entry> batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the journal", e);
        }
    }

    private static void apply(RiskEngine rebuilt, Journal.Entry entry, long[] counts) {
        if (entry instanceof Journal.ResultEntry r) {
            rebuilt.record(r.lot(), r.result(), r.basis());
            counts[1]++;
        } else if (entry instanceof Journal.RefitEntry m) {
            if (m.version() > 0) { // version 0 is the prior scorecard every engine starts from
                rebuilt.refresh(m.on());
                counts[2]++;
            }
        } else if (entry instanceof Journal.SignalEntry s) {
            rebuilt.signal(s.signal());
        } else if (entry instanceof Journal.WarningEntry w) {
            Warnings.apply(rebuilt, w.cell(), w.action(), w.on());
            counts[3]++;
        }
    }
}
