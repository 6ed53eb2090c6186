package org.qualityguard.shared.database;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no {@code spring.datasource.url}, the platform runs on its own PostgreSQL under {@code ./data/pg}, behind a
 * HikariCP pool. With a URL, Spring Boot's own data source configuration takes over and this stays out of the way.
 *
 * <p>Two roles, each with a password generated at first start into {@code ./data/keys} (mode 0600): the superuser
 * {@code postgres} owns every schema and runs the migrations (Flyway gets it as its {@link FlywayDataSource});
 * the platform's pool signs in as {@value #APPLICATION_ROLE}, which is no superuser and gets its grants from the
 * migrations' afterMigrate callback: it may add to the audit trail but not change or remove an entry.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "qualityguard";
    /** The platform's role; the migrations' placeholder {@code application-role} names it (application.yml). */
    static final String APPLICATION_ROLE = "qualityguard_app";
    private static final int PASSWORD_BYTES = 24;

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties, DataDirectory data) throws IOException,
            SQLException {
        EmbeddedPostgres postgres = DurableEmbeddedPostgres.start(properties.directoryIn(data),
                SecretFile.readOrCreate(data.keys().resolve("postgres.password"), PASSWORD_BYTES),
                properties.port(), properties.stopOrphanTimeout());
        try {
            prepareDatabase(postgres, applicationPassword(data));
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw e;
        }
        return postgres;
    }

    /** The owner's connections, for the migrations only (not a candidate wherever a data source is injected). */
    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedPostgres postgres) {
        return postgres.getDatabase(DurableEmbeddedPostgres.SUPERUSER, DATABASE);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties, DataDirectory data)
            throws IOException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("qualityguard-embedded");
        config.setJdbcUrl(postgres.getJdbcUrl(APPLICATION_ROLE, DATABASE) + "&reWriteBatchedInserts=true");
        config.setUsername(APPLICATION_ROLE);
        config.setPassword(applicationPassword(data));
        config.setMaximumPoolSize(properties.poolSize());
        config.setMinimumIdle(2);
        return new HikariDataSource(config);
    }

    private static String applicationPassword(DataDirectory data) throws IOException {
        return SecretFile.readOrCreate(data.keys().resolve(APPLICATION_ROLE + ".password"), PASSWORD_BYTES);
    }

    static class NoDataSourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }

    /**
     * The database and the platform's role. The role's password is set at each start, so that it always is the
     * one in the file. A cluster of an earlier version (everything owned by {@code postgres}, no other role) gets
     * the role here and its grants from the migrations that follow.
     */
    private static void prepareDatabase(EmbeddedPostgres postgres, String applicationPassword) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
                s.execute("CREATE DATABASE " + DATABASE);
            }
            String password = " PASSWORD " + DurableEmbeddedPostgres.literal(applicationPassword);
            if (exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", APPLICATION_ROLE)) {
                s.execute("ALTER ROLE " + APPLICATION_ROLE + password);
            } else {
                s.execute("CREATE ROLE " + APPLICATION_ROLE
                        + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS" + password);
            }
        }
    }

    private static boolean exists(Connection c, String query, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(query)) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }
}
