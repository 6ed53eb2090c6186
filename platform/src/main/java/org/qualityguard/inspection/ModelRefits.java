package org.qualityguard.inspection;

import java.time.Clock;
import java.time.LocalDate;
import org.qualityguard.inspection.engine.EngineHost;
import org.qualityguard.inspection.persistence.Journal;
import org.qualityguard.risk.EngineSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refits the scorecard on a schedule (nightly by default) and journals each version, so that decisions can name the
 * model they were made with and a rebuilt engine refits at the same points of its history.
 */
@Service
public class ModelRefits implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ModelRefits.class);

    private final EngineHost host;
    private final Journal journal;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ModelRefits(EngineHost host, Journal journal, PlatformTransactionManager transactions, Clock clock) {
        this.host = host;
        this.journal = journal;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The prior scorecard every engine starts from is version 0; stored once, so that audits can name it. */
    @Override
    public void afterSingletonsInstantiated() {
        host.locked(engine -> {
            if (engine.modelVersion() == 0 && !journal.hasModelVersion(0)) {
                journal.insertModelVersion(journal.next(), 0, LocalDate.now(clock), engine.coefficients(), 0);
            }
            return null;
        });
    }

    @Scheduled(cron = "${qualityguard.inspection.refit-cron:0 30 1 * * *}")
    void nightly() {
        int version = refit(LocalDate.now(clock));
        log.info("Scorecard refitted: model version {}", version);
    }

    /** Refits now as of {@code on}; returns the new model version. */
    public int refit(LocalDate on) {
        return host.locked(engine -> {
            engine.refresh(on);
            try {
                transaction.executeWithoutResult(status -> journal.insertModelVersion(journal.next(),
                        engine.modelVersion(), on, engine.coefficients(), engine.snapshot(on).resultsLearnt()));
            } catch (RuntimeException failure) {
                host.markStale();
                throw failure;
            }
            return engine.modelVersion();
        });
    }

    /** The engine's learnt state as of {@code on}, to compare a rebuilt engine with another. */
    public EngineSnapshot snapshot(LocalDate on) {
        return host.locked(engine -> engine.snapshot(on));
    }
}
