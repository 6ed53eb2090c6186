package org.qualityguard.sampling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up: the shipped standards into an empty table, and the classifier trained on what is labelled. */
@Component
@Order(5)
class SamplingStartup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SamplingStartup.class);

    private final StandardsTable standards;
    private final ComplaintClassification classification;

    SamplingStartup(StandardsTable standards, ComplaintClassification classification) {
        this.standards = standards;
        this.classification = classification;
    }

    @Override
    public void run(ApplicationArguments args) {
        int loaded = standards.loadShippedIfEmpty();
        if (loaded > 0) {
            LOG.info("standards table: {} shipped rows loaded", loaded);
        }
        LOG.info("complaint classifier trained on {} labelled complaints", classification.retrain().examples());
    }
}
