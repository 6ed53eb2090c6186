package org.qualityguard.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

/**
 * The crash the platform must survive: its JVM killed with SIGKILL while the postmaster it started keeps running.
 * A child JVM starts the durable server, commits rows and is killed; the next start finds the orphan, stops it and
 * comes back on the same data with every committed row.
 */
class PostmasterOrphanIntegrationTest {

    @Test
    void aKilledRunsPostmasterIsStoppedAndItsCommittedDataSurvives() throws Exception {
        Path directory = Files.createTempDirectory(Path.of("target"), "orphan-pg");
        Process child = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                CommitThenWait.class.getName(), directory.toString()))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("COMMITTED")) {
                // the child's log; it prints COMMITTED once its rows are committed
            }
            assertThat(line).as("the child committed its rows").isEqualTo("COMMITTED");
        }
        long orphanPid = DurableEmbeddedPostgres.runningPostmaster(directory).orElseThrow().pid();

        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedPostgres restarted = DurableEmbeddedPostgres.start(directory, CommitThenWait.PASSWORD, 0,
                     Duration.ofSeconds(60));
             Connection c = restarted.getPostgresDatabase().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), current_setting('fsync'), "
                     + "current_setting('synchronous_commit') FROM survivors")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(CommitThenWait.ROWS);
            assertThat(rs.getString(2)).isEqualTo("on");
            assertThat(rs.getString(3)).isEqualTo("on");
        }
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    /** The child: starts the server, commits rows one transaction each, says so, and waits to be killed. */
    public static final class CommitThenWait {
        static final int ROWS = 200;
        static final String PASSWORD = "orphan-test-password";

        public static void main(String[] args) throws Exception {
            EmbeddedPostgres postgres = DurableEmbeddedPostgres.start(Path.of(args[0]), PASSWORD, 0,
                    Duration.ofSeconds(60));
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE survivors (n int)");
                for (int i = 0; i < ROWS; i++) {
                    s.execute("INSERT INTO survivors VALUES (" + i + ")");
                }
            }
            System.out.println("COMMITTED");
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(5).toMillis());
        }
    }
}
