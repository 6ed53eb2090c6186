package org.qualityguard.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.qualityguard.shared.Violation;
import org.qualityguard.shared.web.ApiError;
import org.qualityguard.shared.web.ViolationMessages;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers to a request it will not serve, in the API's error format: unauthenticated (401), unauthorised
 * (403), from a foreign origin (403), or over its rate (429).
 */
@Component
class JsonAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ViolationMessages messages;

    JsonAuthenticationEntryPoint(ViolationMessages messages) {
        this.messages = messages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // No Basic challenge: it makes a browser prompt for a password and then send it with every request to the
        // site, cross-site ones included. Integrations send their credentials without being asked.
        response.setHeader("WWW-Authenticate", "Bearer realm=\"qualityguard\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "E9010", "access.unauthenticated");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, "E9003", "access.forbidden");
    }

    void tooManyRequests(HttpServletResponse response, RateLimiter.Admission refusal) throws IOException {
        response.setHeader("Retry-After", Long.toString(refusal.retryAfterSeconds()));
        write(response, 429, "E9020", "access.rateLimited");
    }

    void foreignOrigin(HttpServletResponse response) throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, "E9021", "access.origin.foreign");
    }

    private void write(HttpServletResponse response, int status, String code, String key) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), ApiError.single(code, null, messages.message(new Violation(code, key))));
    }
}
