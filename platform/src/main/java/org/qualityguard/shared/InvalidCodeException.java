package org.qualityguard.shared;

/** A code value type was constructed from a string that is not such a code. */
public class InvalidCodeException extends IllegalArgumentException {

    private final transient Violation violation;

    public InvalidCodeException(Violation violation) {
        super(violation.messageKey() + " " + violation.arguments());
        this.violation = violation;
    }

    public Violation violation() {
        return violation;
    }
}
