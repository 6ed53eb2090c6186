package org.qualityguard.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.qualityguard.shared.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every failure the servlet container sees (a refused request, an unknown address, a method or media type the
 * address does not take, an upload over the limit, an error nobody handled) answered in the platform's own terms,
 * in place of Spring Boot's English "Whitelabel Error Page": an API path gets {@link ApiError} JSON with a stable
 * code, any other path a page in the console's or the portal's frame, in the reader's language, saying what to do.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Statuses with their own title and advice; any other is told as the 4xx or 5xx it belongs to. */
    private static final Set<Integer> KNOWN = Set.of(400, 401, 403, 404, 405, 413, 415, 500);

    private final ViolationMessages messages;
    private final ProblemPages pages;
    private final DataSize uploadLimit;

    ErrorPages(ViolationMessages messages, ProblemPages pages,
               @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize uploadLimit) {
        this.messages = messages;
        this.pages = pages;
        this.uploadLimit = uploadLimit;
    }

    @RequestMapping("${server.error.path:/error}")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(request, response,
                request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer s ? s : 500);
    }

    /** The answer to a failed request: JSON for the API (written here, so null), else the page to render. */
    ModelAndView answer(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        int known = KNOWN.contains(status) ? status : status >= 500 ? 500 : 400;
        Violation violation = violation(known, request);
        if (Languages.isApi(request)) {
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            JSON.writeValue(response.getOutputStream(),
                    ApiError.single(violation.code(), null, messages.message(violation)));
            return null;
        }
        return pages.page(request, status, known, List.of(messages.message(violation)));
    }

    private Violation violation(int status, HttpServletRequest request) {
        return switch (status) {
            case 401 -> new Violation("E9010", "access.unauthenticated");
            case 403 -> new Violation("E9003", "access.forbidden");
            case 404 -> new Violation("E1051", "request.noSuchAddress",
                    String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
            case 405 -> new Violation("E1052", "request.method", request.getMethod());
            case 413 -> new Violation("E1022", "request.tooLarge", uploadLimit.toMegabytes() + " MB");
            case 415 -> new Violation("E1053", "request.mediaType", String.valueOf(request.getContentType()));
            case 500 -> new Violation("E1054", "request.failed");
            default -> new Violation("E1050", "request.invalid");
        };
    }
}
