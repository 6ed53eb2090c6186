package org.qualityguard.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Slows password guessing without handing strangers a way to lock staff out.
 * <ul>
 * <li>By address: an address that has failed {@code failuresPerAddress} times in the period may not try again until
 * its allowance refills, whichever usernames it tries; so one address spraying many usernames is cut off.</li>
 * <li>By account: after {@code freeFailuresPerAccount} failures, each further attempt from a client the account does
 * not know must wait a delay that doubles with every failure (up to {@code longestDelay}) since the last one. A
 * client is known to an account once it has signed in to it from that address: the right password from there
 * passes at once, so an attacker elsewhere cannot keep the administrator out.</li>
 * </ul>
 * All state is in bounded caches; nothing grows with the number of names or addresses tried.
 */
class LoginThrottle {

    private final SecuritySettings.SignIn settings;
    private final Clock clock;
    private final RateLimiter failuresByAddress;
    private final Cache<String, Failures> failuresByAccount;
    private final Cache<String, Boolean> knownClients;

    LoginThrottle(SecuritySettings.SignIn settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.failuresByAddress = new RateLimiter(settings.failuresPerAddress());
        this.failuresByAccount = Caffeine.newBuilder().maximumSize(settings.maximumTracked())
                .expireAfterWrite(settings.longestDelay().multipliedBy(2)).build();
        this.knownClients = Caffeine.newBuilder().maximumSize(settings.maximumTracked())
                .expireAfterWrite(settings.knownClientFor()).build();
    }

    private record Failures(int count, Instant last) {
    }

    /** Why a sign-in attempt is not even tried now: how long the caller must wait. Empty when it may be tried. */
    Optional<Duration> refusal(String username, String address) {
        RateLimiter.Admission byAddress = failuresByAddress.peek(address);
        if (!byAddress.allowed()) {
            return Optional.of(byAddress.retryAfter());
        }
        String name = normalise(username);
        Failures failures = failuresByAccount.getIfPresent(name);
        if (failures == null || failures.count() < settings.freeFailuresPerAccount() || isKnown(name, address)) {
            return Optional.empty();
        }
        Duration wait = Duration.between(clock.instant(), failures.last().plus(delayAfter(failures.count())));
        return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String username, String address) {
        failuresByAddress.admit(address);
        Instant now = clock.instant();
        failuresByAccount.asMap().merge(normalise(username), new Failures(1, now),
                (old, one) -> new Failures(old.count() + 1, now));
    }

    void succeeded(String username, String address) {
        knownClients.put(clientKey(normalise(username), address), Boolean.TRUE);
    }

    private Duration delayAfter(int failures) {
        int doublings = Math.min(30, failures - settings.freeFailuresPerAccount());
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(settings.longestDelay()) > 0 ? settings.longestDelay() : delay;
    }

    private boolean isKnown(String name, String address) {
        return knownClients.getIfPresent(clientKey(name, address)) != null;
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        failed(String.valueOf(event.getAuthentication().getPrincipal()), address(event.getAuthentication()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "";
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String clientKey(String name, String address) {
        return name + "\n" + address;
    }
}
