package org.qualityguard.shared.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its cluster. Used only when no {@code spring.datasource.url} is set.
 *
 * @param directory   the data directory, kept across restarts; by default {@code pg/} in the platform's
 *                    {@link DataDirectory}
 * @param port        0 picks a free port at each start
 * @param poolSize    connections in the pool in front of it
 * @param stopOrphanTimeout how long to wait for a postmaster left behind by a killed run to shut down
 */
@ConfigurationProperties("qualityguard.embedded-database")
public record EmbeddedDatabaseProperties(Path directory, int port, int poolSize, Duration stopOrphanTimeout) {

    public EmbeddedDatabaseProperties {
        poolSize = poolSize <= 0 ? 16 : poolSize;
        stopOrphanTimeout = stopOrphanTimeout == null ? Duration.ofSeconds(60) : stopOrphanTimeout;
    }

    Path directoryIn(DataDirectory data) {
        return directory == null ? data.directory().resolve("pg") : directory;
    }
}
