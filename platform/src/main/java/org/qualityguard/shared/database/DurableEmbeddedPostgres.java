package org.qualityguard.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts PostgreSQL from the embedded binaries as a durable server rather than the test fixture the library
 * defaults to: the library passes {@code -F} (fsync off) and {@code synchronous_commit=off}; the {@code -c}
 * settings given here come after {@code -F} on the command line and so win.
 *
 * <p>When the JVM of an earlier run was killed, its postmaster keeps running and holds {@code postmaster.pid}.
 * It is stopped with SIGTERM (a smart shutdown: its clients died with the JVM, so it finishes at once and
 * writes a clean checkpoint) before the new server starts on the same data.
 */
public final class DurableEmbeddedPostgres {

    private static final Logger log = LoggerFactory.getLogger(DurableEmbeddedPostgres.class);

    private DurableEmbeddedPostgres() {
    }

    public static EmbeddedPostgres start(Path dataDirectory, int port, Duration stopOrphanTimeout) throws IOException {
        Path directory = dataDirectory.toAbsolutePath();
        Files.createDirectories(directory);
        stopOrphanedPostmaster(directory, stopOrphanTimeout);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setLocaleConfig("locale", "C")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "localhost")
                .setPGStartupWait(Duration.ofSeconds(120));
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /** The process id of a postmaster that still runs on this data directory, if there is one. */
    static Optional<ProcessHandle> runningPostmaster(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).strip());
        // After a reboot the number may belong to another program: only a live postgres counts.
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    static void stopOrphanedPostmaster(Path directory, Duration timeout) throws IOException {
        Optional<ProcessHandle> orphan = runningPostmaster(directory);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = orphan.get();
        log.warn("A PostgreSQL server (pid {}) left by an earlier run still holds {}; stopping it before starting",
                postmaster.pid(), directory);
        postmaster.destroy();
        try {
            postmaster.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The PostgreSQL server (pid " + postmaster.pid() + ") left on "
                    + directory + " did not stop within " + timeout + "; stop it by hand and start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the old PostgreSQL server to stop", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
        log.info("The earlier PostgreSQL server stopped; its data is recovered from the write-ahead log");
    }
}
