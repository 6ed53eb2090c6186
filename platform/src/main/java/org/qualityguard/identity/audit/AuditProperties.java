package org.qualityguard.identity.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param key                the MAC key, base64; empty to use (and at first start make) {@code keys/audit.key}
 *                           in the data directory
 * @param checkpointInterval how often the chain's head is checkpointed outside the database when it has moved
 */
@ConfigurationProperties("qualityguard.audit")
public record AuditProperties(String key, Duration checkpointInterval) {

    public AuditProperties {
        checkpointInterval = checkpointInterval == null ? Duration.ofMinutes(10) : checkpointInterval;
    }
}
