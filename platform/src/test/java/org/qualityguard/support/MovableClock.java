package org.qualityguard.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The platform's clock in integration tests: the system's, until a test moves it forward to see what a later day
 * shows; {@link #reset()} (in a {@code finally}) puts it back for the tests that share the context.
 */
public final class MovableClock extends Clock {

    private final Clock system;
    private final AtomicReference<Duration> ahead;

    private MovableClock(Clock system, AtomicReference<Duration> ahead) {
        this.system = system;
        this.ahead = ahead;
    }

    public void advance(Duration by) {
        ahead.accumulateAndGet(by, Duration::plus);
    }

    public void reset() {
        ahead.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    /** The same movement in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        return new MovableClock(system.withZone(zone), ahead);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(ahead.get());
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        MovableClock movableClock(@Qualifier("clock") Clock clock) {
            return new MovableClock(clock, new AtomicReference<>(Duration.ZERO));
        }
    }
}
