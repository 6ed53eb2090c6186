package org.qualityguard.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

/**
 * The embedded server accepts no connection without the password, also on a data directory made by the previous
 * version, whose cluster trusted every local connection and had no password at all.
 */
class PasswordAuthenticationIntegrationTest {

    @Test
    void aClusterOfThePreviousVersionAsksForThePasswordFromItsNextStartAndKeepsItsData() throws Exception {
        Path directory = Files.createTempDirectory(Path.of("target"), "trusting-pg");
        // as the previous version started it: the library's defaults, initdb -A trust, superuser without password
        try (EmbeddedPostgres previous = EmbeddedPostgres.builder().setDataDirectory(directory)
                .setCleanDataDirectory(false).setLocaleConfig("locale", "C").start();
             Connection c = previous.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)");
        }

        try (EmbeddedPostgres secured = DurableEmbeddedPostgres.start(directory, "the-new-password", 0,
                Duration.ofSeconds(60))) {
            String url = "jdbc:postgresql://localhost:" + secured.getPort() + "/postgres";
            try (Connection c = DriverManager.getConnection(url, "postgres", "the-new-password");
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT n FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url + "?user=postgres"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "a-guess"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        }
        assertThat(Files.readString(directory.resolve("pg_hba.conf"))).doesNotContain("trust");
    }
}
