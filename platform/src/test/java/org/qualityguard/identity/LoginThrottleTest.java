package org.qualityguard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovingClock clock = new MovingClock();
    private final LoginThrottle throttle = new LoginThrottle(new SecuritySettings.SignIn(
            new SecuritySettings.Limit(20, Duration.ofMinutes(10), 1_000), 5, Duration.ofMinutes(15),
            Duration.ofDays(30), 1_000), clock);

    @Test
    void oneAddressSprayingManyUsernamesIsCutOff() {
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.refusal("user" + i, "203.0.113.9")).isEmpty();
            throttle.failed("user" + i, "203.0.113.9");
        }
        assertThat(throttle.refusal("user21", "203.0.113.9")).isPresent();
        assertThat(throttle.refusal("admin", "203.0.113.9")).isPresent();
        assertThat(throttle.refusal("user21", "198.51.100.1")).isEmpty();
    }

    @Test
    void wrongPasswordsFromStrangersDoNotLockTheAdministratorOut() {
        throttle.succeeded("admin", "10.0.0.5");
        for (int i = 0; i < 12; i++) {
            throttle.failed("admin", "198.51.100." + i);
        }
        assertThat(throttle.refusal("admin", "10.0.0.5")).isEmpty();
        assertThat(throttle.refusal("Admin ", "203.0.113.50")).isPresent();
    }

    @Test
    void aStrangersDelayDoublesWithEachFailureAndThenLapses() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("li.wei", "198.51.100." + i);
        }
        assertThat(throttle.refusal("li.wei", "203.0.113.1").orElseThrow()).isEqualTo(Duration.ofSeconds(1));
        throttle.failed("li.wei", "198.51.100.9");
        throttle.failed("li.wei", "198.51.100.9");
        assertThat(throttle.refusal("li.wei", "203.0.113.1").orElseThrow()).isEqualTo(Duration.ofSeconds(4));
        clock.advance(Duration.ofSeconds(4));
        assertThat(throttle.refusal("li.wei", "203.0.113.1")).isEmpty();
    }

    @Test
    void theDelayNeverExceedsTheLongest() {
        for (int i = 0; i < 60; i++) {
            throttle.failed("li.wei", "198.51.100." + (i % 200));
        }
        assertThat(throttle.refusal("li.wei", "203.0.113.1").orElseThrow()).isEqualTo(Duration.ofMinutes(15));
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T01:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
