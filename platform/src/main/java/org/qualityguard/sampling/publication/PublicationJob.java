package org.qualityguard.sampling.publication;

import java.util.List;

import org.qualityguard.sampling.Samples;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every day, just after midnight in the business zone, the results nothing can change any more are published: a
 * failure the day after its objection window closed.
 */
@Component
class PublicationJob {

    private static final Logger log = LoggerFactory.getLogger(PublicationJob.class);

    private final Samples samples;

    PublicationJob(Samples samples) {
        this.samples = samples;
    }

    @Scheduled(cron = "${qualityguard.sampling.publication-cron:0 10 0 * * *}",
            zone = "${qualityguard.business-zone:Asia/Shanghai}")
    void publish() {
        List<String> published = samples.publishDue();
        log.info("Sampling: {} results published", published.size());
    }
}
