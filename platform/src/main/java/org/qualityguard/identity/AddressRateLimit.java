package org.qualityguard.identity;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A per-address limit for anonymous forms of the public portal (complaints, certificate checks): a controller asks
 * {@code admit(request)} before doing the work and answers 429 (with {@code Retry-After}) when it is refused. The
 * address is the client's as the proxy in front reported it ({@code server.forward-headers-strategy}).
 */
public final class AddressRateLimit {

    private final RateLimiter limiter;

    AddressRateLimit(RateLimiter limiter) {
        this.limiter = limiter;
    }

    public RateLimiter.Admission admit(HttpServletRequest request) {
        return limiter.admit(request.getRemoteAddr());
    }
}
