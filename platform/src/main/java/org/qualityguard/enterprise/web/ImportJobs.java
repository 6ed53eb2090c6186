package org.qualityguard.enterprise.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.qualityguard.enterprise.EnterpriseImport;
import org.qualityguard.enterprise.ImportMode;
import org.qualityguard.enterprise.ImportProgress;
import org.qualityguard.enterprise.ImportResult;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs console imports in the background so that the page can show progress. A job is visible only to the person
 * who started it; finished jobs are forgotten after an hour (the import itself is on the audit trail).
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEEP = Duration.ofHours(1);

    private final EnterpriseImport importer;
    private final AsyncTaskExecutor executor;
    private final Clock clock;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    // Spring's scheduler (enabled for the nightly refit) is an AsyncTaskExecutor too; imports run on the task pool
    ImportJobs(EnterpriseImport importer, @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor,
               Clock clock) {
        this.importer = importer;
        this.executor = executor;
        this.clock = clock;
    }

    static final class Job implements ImportProgress {
        final String id = UUID.randomUUID().toString();
        final String owner;
        final String filename;
        volatile Phase phase = Phase.READING;
        volatile int done;
        volatile int total;
        volatile ImportResult result;
        volatile ValidationException failure;
        volatile Instant finishedAt;

        Job(String owner, String filename) {
            this.owner = owner;
            this.filename = filename;
        }

        @Override
        public void update(Phase phase, int done, int total) {
            this.phase = phase;
            this.done = done;
            this.total = total;
        }

        public String id() {
            return id;
        }

        public String filename() {
            return filename;
        }

        public Phase phase() {
            return phase;
        }

        public boolean finished() {
            return finishedAt != null;
        }

        public int percent() {
            return total == 0 ? 0 : (int) Math.min(100, 100L * done / total);
        }

        public int done() {
            return done;
        }

        public int total() {
            return total;
        }

        public ImportResult result() {
            return result;
        }

        public ValidationException failure() {
            return failure;
        }
    }

    Job start(StaffUser clerk, String filename, byte[] content, ImportMode mode) {
        forgetOld();
        Job job = new Job(clerk.getUsername(), filename);
        jobs.put(job.id, job);
        executor.submit(() -> {
            try {
                job.result = importer.importFile(clerk, filename, content, mode, job);
            } catch (ValidationException e) {
                job.failure = e;
            } catch (RuntimeException e) {
                log.error("Import of {} by {} failed", filename, clerk.getUsername(), e);
                job.failure = new ValidationException(org.qualityguard.shared.FieldViolation.of("file",
                        new org.qualityguard.shared.Violation("E2025", "import.failed", String.valueOf(e.getMessage()))));
            } finally {
                job.finishedAt = clock.instant();
            }
        });
        return job;
    }

    Optional<Job> find(StaffUser user, String id) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(user.getUsername()));
    }

    private void forgetOld() {
        Instant horizon = clock.instant().minus(KEEP);
        jobs.values().removeIf(j -> j.finishedAt != null && j.finishedAt.isBefore(horizon));
    }
}
