package org.qualityguard.identity.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;

import org.qualityguard.shared.database.DataDirectory;
import org.qualityguard.shared.database.SecretFile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit key: given by configuration ({@code qualityguard.audit.key}, for an installation whose data directory
 * is not kept, e.g. on an external database), or else generated at first start into {@code keys/audit.key} of the
 * data directory (mode 0600), beside the embedded cluster but never inside the database.
 */
@Configuration(proxyBeanMethods = false)
class AuditKeyConfiguration {

    static final String KEY_FILE = "audit.key";
    private static final int KEY_BYTES = 32;

    @Bean
    AuditHash auditHash(AuditProperties properties, DataDirectory data) throws IOException {
        String key = properties.key() == null || properties.key().isBlank()
                ? SecretFile.readOrCreate(keyFile(data), KEY_BYTES)
                : properties.key().strip();
        return new AuditHash(Base64.getDecoder().decode(key));
    }

    static Path keyFile(DataDirectory data) {
        return data.keys().resolve(KEY_FILE);
    }
}
