package org.qualityguard.shared.web;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.qualityguard.shared.BusinessTime;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page that tells a person a request failed: in the portal's frame for public paths, the console's otherwise,
 * with the status in words, the reasons, what to do next (sign in, go back, ask the administrator) and the time in
 * the business zone, to quote to whoever helps.
 */
@Component
class ProblemPages {

    private final BusinessTime time;

    ProblemPages(BusinessTime time) {
        this.time = time;
    }

    /**
     * @param status   the HTTP status sent
     * @param kind     the status whose title and advice apply (400, 401, 403, 404, 405, 413, 415 or 500)
     * @param messages the reasons, already in the reader's language
     */
    ModelAndView page(HttpServletRequest request, int status, int kind, List<String> messages) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = (failed instanceof String f ? f : request.getRequestURI())
                .substring(request.getContextPath().length());
        boolean console = path.startsWith("/console");
        ModelAndView page = new ModelAndView("error/problem", HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("kind", kind);
        page.addObject("messages", messages);
        page.addObject("console", console);
        page.addObject("signedIn", signedIn());
        page.addObject("home", console ? "/console" : "/");
        page.addObject("when", time.now());
        return page;
    }

    private static boolean signedIn() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
    }
}
