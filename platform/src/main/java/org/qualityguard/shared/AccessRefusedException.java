package org.qualityguard.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal with its stable code, so that the API and the console name the rule that refused rather than a bare 403.
 * It is Spring Security's access exception, so every place that already turns that into a 403 keeps doing so.
 */
public class AccessRefusedException extends AccessDeniedException {

    private final transient Violation violation;

    public AccessRefusedException(Violation violation, String detail) {
        super(detail);
        this.violation = violation;
    }

    public Violation violation() {
        return violation;
    }
}
