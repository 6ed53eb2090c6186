package org.qualityguard.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.qualityguard.QualityGuardApplication;

/**
 * A platform stopped as a service manager stops it (SIGTERM to its JVM) closes its pool, its event registry and
 * everything else that uses the database before the embedded PostgreSQL stops, so the shutdown logs no ERROR and
 * leaves no server behind.
 */
class EmbeddedDatabaseShutdownIntegrationTest {

    @Test
    void aNormalShutdownStopsTheDatabaseLastAndLogsNoError() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "shutdown-data");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process child = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), QualityGuardApplication.class.getName(),
                "--server.port=" + port, "--qualityguard.demo.enabled=false",
                "--qualityguard.data.directory=" + data.toAbsolutePath(),
                "--qualityguard.embedded-database.pool-size=4",
                "--qualityguard.first-admin.username=shutdown.admin",
                "--qualityguard.first-admin.password=shutdown-password-2026",
                "--logging.level.root=WARN", "--logging.level.org.qualityguard.QualityGuardApplication=INFO"))
                .redirectErrorStream(true).redirectOutput(data.resolve("platform.log").toFile()).start();
        try {
            String health = healthOf(port, child);
            assertThat(health).as("the platform started: %s", logOf(data)).contains("UP");

            child.destroy();

            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the platform stopped").isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(logOf(data)).as("the platform's log").isNotEmpty()
                .noneMatch(l -> l.contains(" ERROR ") || l.contains("Exception"));
        assertThat(DurableEmbeddedPostgres.runningPostmaster(data.resolve("pg"))).as("no server left").isEmpty();
    }

    /** The health of the platform once it is up (polled: it starts in seconds, or a minute on a busy machine). */
    private static String healthOf(int port, Process child) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        String health = "not started";
        while (System.nanoTime() < deadline && child.isAlive() && !health.contains("UP")) {
            try {
                health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
            } catch (java.net.ConnectException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return health;
    }

    private static List<String> logOf(Path data) throws java.io.IOException {
        return Files.readAllLines(data.resolve("platform.log"), StandardCharsets.UTF_8);
    }
}
