package org.qualityguard.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.qualityguard.identity.audit.AuditHash;

class AuditHashTest {

    private static final Instant AT = Instant.parse("2026-11-27T08:00:00.123456Z");
    private static final AuditHash KEYED = new AuditHash("an audit key of thirty-two bytes".getBytes(StandardCharsets.UTF_8));

    @Test
    void theSameEntryAlwaysHashesTheSame() {
        assertThat(KEYED.of(AuditHash.GENESIS, 1, AT, "admin", "X", "enterprise", "1", "320102", null, "{}"))
                .isEqualTo(KEYED.of(AuditHash.GENESIS, 1, AT, "admin", "X", "enterprise", "1", "320102", null, "{}"))
                .hasSize(64);
    }

    @Test
    void anyChangedFieldChangesTheHash() {
        String original = KEYED.of(AuditHash.GENESIS, 1, AT, "admin", "X", "enterprise", "1", "320102", null, "{}");
        assertThat(KEYED.of(AuditHash.GENESIS, 2, AT, "admin", "X", "enterprise", "1", "320102", null, "{}"))
                .isNotEqualTo(original);
        assertThat(KEYED.of(AuditHash.GENESIS, 1, AT.plusNanos(1000), "admin", "X", "enterprise", "1", "320102",
                null, "{}")).isNotEqualTo(original);
        assertThat(KEYED.of(AuditHash.GENESIS, 1, AT, "admin", "X", "enterprise", "1", "320104", null, "{}"))
                .isNotEqualTo(original);
        assertThat(KEYED.of("1".repeat(64), 1, AT, "admin", "X", "enterprise", "1", "320102", null, "{}"))
                .isNotEqualTo(original);
    }

    @Test
    void fieldBoundariesCannotBeShiftedToForgeAnEntry() {
        assertThat(KEYED.of(AuditHash.GENESIS, 1, AT, "ab", "c", "s", "1", null, null, null))
                .isNotEqualTo(KEYED.of(AuditHash.GENESIS, 1, AT, "a", "bc", "s", "1", null, null, null));
        assertThat(KEYED.of(AuditHash.GENESIS, 1, AT, "a", "b", "s", "1", null, null, null))
                .isNotEqualTo(KEYED.of(AuditHash.GENESIS, 1, AT, "a", "b", "s", "1", "", null, null));
    }

    @Test
    void withoutTheKeyTheHashCannotBeComputed() {
        String keyed = KEYED.of(AuditHash.GENESIS, 1, AT, "admin", "X", "enterprise", "1", "320102", null, "{}");
        AuditHash otherKey = new AuditHash("another key, also thirty-two by.".getBytes(StandardCharsets.UTF_8));
        assertThat(otherKey.of(AuditHash.GENESIS, 1, AT, "admin", "X", "enterprise", "1", "320102", null, "{}"))
                .isNotEqualTo(keyed);
        assertThat(AuditHash.legacySha256(AuditHash.GENESIS, 1, AT, "admin", "X", "enterprise", "1", "320102", null,
                "{}")).hasSize(64).isNotEqualTo(keyed);
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new AuditHash(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
