package org.qualityguard.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the platform keeps what must not live in the database it protects: the embedded cluster ({@code pg/}),
 * the secrets that guard it and the audit key ({@code keys/}), and the audit checkpoints ({@code audit/}).
 *
 * <p>Bound once and injected wherever a path is needed: the tests set it to {@code target/test-pg/${random.uuid}},
 * which gives a new value at each read, so two readers of the property would disagree.
 *
 * @param directory the root, {@code ./data} by default
 */
@ConfigurationProperties("qualityguard.data")
public record DataDirectory(Path directory) {

    public DataDirectory {
        directory = (directory == null ? Path.of("data") : directory).toAbsolutePath();
    }

    /** The directory of keys and passwords, readable by this account only. */
    public Path keys() {
        return privateDirectory("keys");
    }

    /** The directory of the audit checkpoints, readable by this account only. */
    public Path audit() {
        return privateDirectory("audit");
    }

    private Path privateDirectory(String name) {
        try {
            return SecretFile.privateDirectory(directory.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + directory.resolve(name), e);
        }
    }
}
