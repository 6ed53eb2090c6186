package org.qualityguard.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API write that a browser sent on behalf of another site. The API has no CSRF token (integrations are
 * not browsers), so a browser that holds credentials for the platform must not be made to write from elsewhere: a
 * write whose {@code Origin} (or, without one, {@code Referer}) names another scheme, host or port than the
 * request's own is refused. Integrations send neither header and pass.
 */
class ForeignOriginFilter extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final JsonAuthenticationEntryPoint errors;

    ForeignOriginFilter(JsonAuthenticationEntryPoint errors) {
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        String source = origin != null ? origin : request.getHeader("Referer");
        if (source == null || sameOrigin(source, request)) {
            chain.doFilter(request, response);
        } else {
            errors.foreignOrigin(response);
        }
    }

    private static boolean sameOrigin(String source, HttpServletRequest request) {
        try {
            URI uri = new URI(source.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false; // "null" (a sandboxed or file page) or something unreadable: not this site
            }
            return uri.getScheme().equalsIgnoreCase(request.getScheme())
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port(uri) == request.getServerPort();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
