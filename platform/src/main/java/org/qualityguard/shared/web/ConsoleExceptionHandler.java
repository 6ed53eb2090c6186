package org.qualityguard.shared.web;

import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.shared.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** Console pages answer a missing (or out-of-scope) record with 404 and a bad request with 400, as a page. */
@ControllerAdvice(annotations = Controller.class)
class ConsoleExceptionHandler {

    private final ViolationMessages messages;

    ConsoleExceptionHandler(ViolationMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(NotFoundException e) {
        ModelAndView page = new ModelAndView("error/problem");
        page.addObject("status", 404);
        page.addObject("messages", java.util.List.of(messages.message(
                new org.qualityguard.shared.Violation("E9002", "access.notFound", e.value()))));
        return page;
    }

    @ExceptionHandler(ValidationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView invalid(ValidationException e) {
        ModelAndView page = new ModelAndView("error/problem");
        page.addObject("status", 400);
        page.addObject("messages", FieldViolation.reported(e.violations()).stream().map(this::describe).toList());
        return page;
    }

    private String describe(FieldViolation v) {
        String where = v.field() == null ? "" : messages.fieldLabel(v.field()) + ": ";
        return where + messages.message(v.violation());
    }
}
