package org.qualityguard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.audit.AuditHash;

class AuditHashTest {

    private static final Instant AT = Instant.parse("2026-11-27T08:00:00.123456Z");

    @Test
    void theSameEntryAlwaysHashesTheSame() {
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "admin", "X", "enterprise", "1", "320102", null, "{}"))
                .isEqualTo(AuditHash.of(AuditHash.GENESIS, 1, AT, "admin", "X", "enterprise", "1", "320102", null, "{}"))
                .hasSize(64);
    }

    @Test
    void anyChangedFieldChangesTheHash() {
        String original = AuditHash.of(AuditHash.GENESIS, 1, AT, "admin", "X", "enterprise", "1", "320102", null, "{}");
        assertThat(AuditHash.of(AuditHash.GENESIS, 2, AT, "admin", "X", "enterprise", "1", "320102", null, "{}"))
                .isNotEqualTo(original);
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT.plusNanos(1000), "admin", "X", "enterprise", "1", "320102",
                null, "{}")).isNotEqualTo(original);
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "admin", "X", "enterprise", "1", "320104", null, "{}"))
                .isNotEqualTo(original);
        assertThat(AuditHash.of("1".repeat(64), 1, AT, "admin", "X", "enterprise", "1", "320102", null, "{}"))
                .isNotEqualTo(original);
    }

    @Test
    void fieldBoundariesCannotBeShiftedToForgeAnEntry() {
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "ab", "c", "s", "1", null, null, null))
                .isNotEqualTo(AuditHash.of(AuditHash.GENESIS, 1, AT, "a", "bc", "s", "1", null, null, null));
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "a", "b", "s", "1", null, null, null))
                .isNotEqualTo(AuditHash.of(AuditHash.GENESIS, 1, AT, "a", "b", "s", "1", "", null, null));
    }
}
