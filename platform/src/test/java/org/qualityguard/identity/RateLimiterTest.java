package org.qualityguard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void aKeyOverItsRateIsRefusedWithTheTimeUntilItMayTryAgain() {
        RateLimiter limiter = new RateLimiter(new SecuritySettings.Limit(3, Duration.ofMinutes(1), 100));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.admit("203.0.113.9").allowed()).isTrue();
        }
        RateLimiter.Admission refused = limiter.admit("203.0.113.9");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20));
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 20L);
        assertThat(limiter.admit("198.51.100.1").allowed()).isTrue();
    }

    @Test
    void peekingDoesNotSpendTheAllowance() {
        RateLimiter limiter = new RateLimiter(new SecuritySettings.Limit(1, Duration.ofMinutes(1), 100));
        assertThat(limiter.peek("a").allowed()).isTrue();
        assertThat(limiter.peek("a").allowed()).isTrue();
        assertThat(limiter.admit("a").allowed()).isTrue();
        assertThat(limiter.peek("a").allowed()).isFalse();
    }
}
