package org.qualityguard.power.supervision;

import org.qualityguard.power.RunningActs;
import org.qualityguard.shared.BusinessTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every day, just after midnight in the business zone, the open acts' clocks are read and their cards issued. */
@Component
class CardSweepJob {

    private static final Logger log = LoggerFactory.getLogger(CardSweepJob.class);

    private final RunningActs acts;
    private final BusinessTime time;

    CardSweepJob(RunningActs acts, BusinessTime time) {
        this.acts = acts;
        this.time = time;
    }

    @Scheduled(cron = "${qualityguard.power.supervision.sweep-cron:0 5 0 * * *}",
            zone = "${qualityguard.business-zone:Asia/Shanghai}")
    void sweep() {
        int issued = acts.sweep(time.today());
        log.info("Electronic supervision: {} cards issued on {}", issued, time.today());
    }
}
