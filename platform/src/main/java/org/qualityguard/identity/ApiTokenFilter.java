package org.qualityguard.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Integrations authenticate with {@code Authorization: Bearer qg_…}, a token issued to a staff account by an
 * administrator; the request then acts as that account, with its roles and division. A wrong, expired or revoked
 * token is refused outright rather than treated as anonymous, so that a misconfigured client sees why.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    /** "Last used" is a hint for the administrator, not a log: written at most this often per token. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final StaffDirectory directory;
    private final JsonAuthenticationEntryPoint entryPoint;
    private final Clock clock;

    ApiTokenFilter(StaffDirectory directory, JsonAuthenticationEntryPoint entryPoint, Clock clock) {
        this.directory = directory;
        this.entryPoint = entryPoint;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring("Bearer ".length()).strip();
        Instant now = clock.instant();
        var active = directory.activeToken(StaffAdministration.tokenHash(token), now);
        var user = active.flatMap(t -> directory.userById(t.staffId())).filter(StaffUser::isEnabled);
        if (user.isEmpty()) {
            entryPoint.commence(request, response, null);
            return;
        }
        StaffDirectory.ActiveToken used = active.get();
        if (used.lastUsed() == null || used.lastUsed().plus(LAST_USED_PRECISION).isBefore(now)) {
            directory.tokenUsed(used.id(), now);
        }
        StaffUser staff = user.get();
        staff.eraseCredentials();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
        chain.doFilter(request, response);
    }
}
