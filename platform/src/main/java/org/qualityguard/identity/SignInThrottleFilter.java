package org.qualityguard.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Asks the {@link LoginThrottle} before a password is checked at all: a form sign-in ({@code POST /login}) or an API
 * call with basic credentials. A refused form goes back to the sign-in page saying so; a refused API call is answered
 * 429 with {@code Retry-After}. Refused attempts cost no bcrypt and do not count as failures.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final JsonAuthenticationEntryPoint errors;

    SignInThrottleFilter(LoginThrottle throttle, JsonAuthenticationEntryPoint errors) {
        this.throttle = throttle;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
        Optional<String> username = form ? Optional.ofNullable(request.getParameter("username"))
                : basicUsername(request.getHeader("Authorization"));
        Optional<Duration> refusal = username.flatMap(u -> throttle.refusal(u, request.getRemoteAddr()));
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
        } else if (form) {
            response.sendRedirect(request.getContextPath() + "/login?throttled");
        } else {
            errors.tooManyRequests(response, new RateLimiter.Admission(false, refusal.get()));
        }
    }

    private static Optional<String> basicUsername(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
