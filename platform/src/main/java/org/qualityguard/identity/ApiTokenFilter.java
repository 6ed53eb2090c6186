package org.qualityguard.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Integrations authenticate with {@code Authorization: Bearer qg_…}, a token issued to a staff account by an
 * administrator; the request then acts as that account, with its roles and division. A wrong token is refused
 * outright rather than treated as anonymous, so that a misconfigured client sees why.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final StaffDirectory directory;
    private final JsonAuthenticationEntryPoint entryPoint;

    ApiTokenFilter(StaffDirectory directory, JsonAuthenticationEntryPoint entryPoint) {
        this.directory = directory;
        this.entryPoint = entryPoint;
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
        var user = directory.staffIdForToken(StaffAdministration.tokenHash(token))
                .flatMap(directory::userById)
                .filter(StaffUser::isEnabled);
        if (user.isEmpty()) {
            entryPoint.commence(request, response, null);
            return;
        }
        StaffUser staff = user.get();
        staff.eraseCredentials();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
        chain.doFilter(request, response);
    }
}
