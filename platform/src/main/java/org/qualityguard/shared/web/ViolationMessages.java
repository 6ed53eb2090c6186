package org.qualityguard.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.Violation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns violations into sentences in the reader's language, from the message bundles. */
@Component
public class ViolationMessages {

    private final MessageSource messages;

    ViolationMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String message(Violation violation) {
        return message(violation, LocaleContextHolder.getLocale());
    }

    public String message(Violation violation, Locale locale) {
        return messages.getMessage(violation.messageKey(), violation.argumentArray(), violation.messageKey(), locale);
    }

    public String fieldLabel(String field) {
        return messages.getMessage("field." + field, null, field, LocaleContextHolder.getLocale());
    }

    /** The messages of a refused form, one line per field ("form" for those that concern no single field). */
    public Map<String, String> byField(List<FieldViolation> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldViolation v : violations) {
            errors.merge(v.field() == null ? "form" : v.field(), message(v.violation()), (a, b) -> a + "; " + b);
        }
        return errors;
    }

    /**
     * The messages of a refused form keyed by field, and by field and row ({@code findings.item.2}) for violations
     * that name a row of a repeated group, so that each can be shown beside its own input.
     */
    public Map<String, String> byFieldAndRow(List<FieldViolation> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldViolation v : violations) {
            String field = v.field() == null ? "form" : v.field();
            errors.merge(v.row() > 0 ? field + "." + v.row() : field, message(v.violation()), (a, b) -> a + "; " + b);
        }
        return errors;
    }

    public ApiError toApiError(List<FieldViolation> violations) {
        return toApiError(violations, violations.size());
    }

    /** The API error of the reported violations of {@code errorCount} in all. */
    public ApiError toApiError(List<FieldViolation> violations, int errorCount) {
        return new ApiError(FieldViolation.reported(violations).stream()
                .map(v -> new ApiError.Item(v.violation().code(), v.field(), message(v.violation()),
                        v.row() > 0 ? v.row() : null))
                .toList(), errorCount);
    }
}
