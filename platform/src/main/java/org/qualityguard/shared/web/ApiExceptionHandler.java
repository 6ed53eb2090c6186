package org.qualityguard.shared.web;

import org.qualityguard.shared.AccessRefusedException;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.InvalidCodeException;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every failure of the JSON API answers with {@link ApiError} and a stable code, never an HTML page. A REST
 * controller is also a controller, so this advice must come before the console's.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private final ViolationMessages messages;

    ApiExceptionHandler(ViolationMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ApiError> invalid(ValidationException e) {
        return ResponseEntity.badRequest().body(messages.toApiError(e.violations()));
    }

    @ExceptionHandler(InvalidCodeException.class)
    ResponseEntity<ApiError> invalidCode(InvalidCodeException e) {
        return ResponseEntity.badRequest().body(messages.toApiError(
                java.util.List.of(FieldViolation.of(null, e.violation()))));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.single("E9002", e.field(),
                messages.message(new Violation("E9002", "access.notFound", e.value()))));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ApiError> denied(RuntimeException e) {
        Violation v = e instanceof AccessRefusedException r ? r.violation() : new Violation("E9003", "access.forbidden");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.single(v.code(), null, messages.message(v)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(ApiError.single("E1020", null,
                messages.message(new Violation("E1020", "request.unreadable"))));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiError> badParameter(Exception e) {
        String name = e instanceof MissingServletRequestParameterException m ? m.getParameterName()
                : ((MethodArgumentTypeMismatchException) e).getName();
        return ResponseEntity.badRequest().body(ApiError.single("E1021", name,
                messages.message(new Violation("E1021", "request.parameter", name))));
    }
}
