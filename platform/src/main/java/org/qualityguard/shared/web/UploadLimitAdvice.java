package org.qualityguard.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the limit fails while the request is read, before any controller is chosen, so only an advice
 * for all handlers sees it. It must be answered here: left to the container's error page, the error dispatch
 * reads the same multipart request again, fails again, and the 413 went out with an empty body.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final ErrorPages errors;

    UploadLimitAdvice(ErrorPages errors) {
        this.errors = errors;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return errors.answer(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }
}
