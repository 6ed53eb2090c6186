package org.qualityguard.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a console session no stronger than its account is now. At sign-in the session notes the account's security
 * stamp; on every console request the account is read again (one query by primary key) and the session is ended
 * if the account is gone, disabled, or its stamp has moved (roles, organisation, status or password changed), and
 * otherwise the request runs with the account's current roles. The alternative, Spring Session's JDBC store with the
 * principal's sessions deleted on each change, would add a table written on every request and a dependency, and
 * would still need the roles reread for a change that should not end a session.
 */
class SignedInSessions extends OncePerRequestFilter {

    static final String STAMP = SignedInSessions.class.getName() + ".stamp";

    private final StaffDirectory directory;

    SignedInSessions(StaffDirectory directory) {
        this.directory = directory;
    }

    /** The form sign-in's success: note the stamp, then go where the user was going (the console by default). */
    AuthenticationSuccessHandler onSignIn() {
        var then = new SavedRequestAwareAuthenticationSuccessHandler();
        then.setDefaultTargetUrl("/console");
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof StaffUser user) {
                directory.signedIn(user.id()).ifPresent(
                        now -> request.getSession().setAttribute(STAMP, now.securityStamp()));
            }
            then.onAuthenticationSuccess(request, response, authentication);
        };
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getServletPath().startsWith("/console");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (session == null || signedIn == null || !(signedIn.getPrincipal() instanceof StaffUser user)) {
            chain.doFilter(request, response);
            return;
        }
        Object stamp = session.getAttribute(STAMP);
        Optional<StaffDirectory.SignedIn> now = directory.signedIn(user.id())
                .filter(a -> a.user().isEnabled() && stamp instanceof Long s && s == a.securityStamp());
        if (now.isEmpty()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?ended");
            return;
        }
        StaffUser current = now.get().user();
        current.eraseCredentials();
        var refreshed = UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities());
        refreshed.setDetails(signedIn.getDetails());
        // For this request only: the session keeps its context, and the next request reads the account again.
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(refreshed);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
