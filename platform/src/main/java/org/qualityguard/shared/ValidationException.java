package org.qualityguard.shared;

import java.util.List;

/** A command was refused because of the listed violations; nothing was written. */
public class ValidationException extends RuntimeException {

    private final transient List<FieldViolation> violations;

    public ValidationException(List<FieldViolation> violations) {
        // a file may bring a violation per row: the message names the first few, not a million
        super(violations.size() + " violation(s): " + violations.subList(0, Math.min(violations.size(), 10)));
        this.violations = List.copyOf(violations);
    }

    public ValidationException(FieldViolation violation) {
        this(List.of(violation));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
