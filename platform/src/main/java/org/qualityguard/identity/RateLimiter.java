package org.qualityguard.identity;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * A token bucket per key (an address, an account): so many events per period, refilled evenly. Memory is bounded: at
 * most {@code maximumKeys} buckets are held, and a bucket untouched for a whole period is dropped, since it would
 * be full again anyway.
 */
public final class RateLimiter {

    /** Whether an event may happen now; if not, how long until it may. */
    public record Admission(boolean allowed, Duration retryAfter) {

        static final Admission ALLOWED = new Admission(true, Duration.ZERO);

        /** Whole seconds, at least one, as a {@code Retry-After} header wants them. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private final SecuritySettings.Limit limit;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(SecuritySettings.Limit limit) {
        this.limit = limit;
        this.buckets = Caffeine.newBuilder().maximumSize(limit.maximumKeys()).expireAfterAccess(limit.period())
                .build();
    }

    /** Counts one event for the key, if its bucket allows it. */
    public Admission admit(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Admission.ALLOWED : refused(probe.getNanosToWaitForRefill());
    }

    /** Whether the key could have one event now, without counting one. */
    Admission peek(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null) {
            return Admission.ALLOWED;
        }
        long wait = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return wait == 0 ? Admission.ALLOWED : refused(wait);
    }

    private static Admission refused(long nanos) {
        return new Admission(false, Duration.ofNanos(nanos));
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(l -> l.capacity(limit.events()).refillGreedy(limit.events(), limit.period())).build());
    }
}
