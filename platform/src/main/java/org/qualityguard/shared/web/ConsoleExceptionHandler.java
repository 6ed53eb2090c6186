package org.qualityguard.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Console pages answer a missing (or out-of-scope) record with 404 and a bad request with 400, as a page. */
@ControllerAdvice(annotations = Controller.class)
class ConsoleExceptionHandler {

    private final ViolationMessages messages;
    private final ProblemPages pages;

    ConsoleExceptionHandler(ViolationMessages messages, ProblemPages pages) {
        this.messages = messages;
        this.pages = pages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request) {
        return pages.page(request, 404, 404,
                List.of(messages.message(new Violation("E9002", "access.notFound", e.value()))));
    }

    @ExceptionHandler(ValidationException.class)
    ModelAndView invalid(ValidationException e, HttpServletRequest request) {
        return pages.page(request, 400, 400,
                FieldViolation.reported(e.violations()).stream().map(this::describe).toList());
    }

    private String describe(FieldViolation v) {
        String where = v.field() == null ? "" : messages.fieldLabel(v.field()) + ": ";
        return where + messages.message(v.violation());
    }
}
