package org.qualityguard.identity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;

/**
 * What the audit trail is narrowed to; every part is optional. The dates are days of the business zone, both
 * included: "from 2026-12-01 to 2026-12-01" is that day in Beijing, 2026-11-30 16:00 to 2026-12-01 16:00 UTC.
 *
 * @param actor       the account that acted, exactly (e.g. {@code admin})
 * @param action      e.g. {@code ENTERPRISE_REGISTERED}
 * @param subjectType the kind of thing acted on, e.g. {@code enterprise}
 * @param subjectId   the thing itself, e.g. a credit code
 */
public record AuditFilter(String actor, String action, String subjectType, String subjectId, LocalDate from,
                          LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

    /** Reads a filter from request parameters, refusing a date that is not one or a range ending before it starts. */
    public static AuditFilter parse(String actor, String action, String subjectType, String subjectId, String from,
                                    String to) {
        AuditFilter filter = new AuditFilter(blankToNull(actor), blankToNull(action), blankToNull(subjectType),
                blankToNull(subjectId), date("from", from), date("to", to));
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new ValidationException(FieldViolation.of("to",
                    new Violation("E3081", "audit.filter.range", from + " – " + to)));
        }
        return filter;
    }

    private static LocalDate date(String field, String raw) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException(FieldViolation.of(field, new Violation("E3082", "audit.filter.date", value)));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
