package org.qualityguard.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds what one client can make the platform do: so many API requests per address, and per signed-in account
 * (one account behind many addresses is still one account). Over either, the answer is 429 with {@code Retry-After}.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter perAddress;
    private final RateLimiter perAccount;
    private final JsonAuthenticationEntryPoint errors;

    ApiRateLimitFilter(RateLimiter perAddress, RateLimiter perAccount, JsonAuthenticationEntryPoint errors) {
        this.perAddress = perAddress;
        this.perAccount = perAccount;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimiter.Admission admission = perAddress.admit(request.getRemoteAddr());
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (admission.allowed() && caller != null && caller.getPrincipal() instanceof StaffUser user) {
            admission = perAccount.admit(Long.toString(user.id()));
        }
        if (admission.allowed()) {
            chain.doFilter(request, response);
        } else {
            errors.tooManyRequests(response, admission);
        }
    }
}
