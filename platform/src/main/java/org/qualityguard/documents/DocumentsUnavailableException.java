package org.qualityguard.documents;

import org.qualityguard.shared.Violation;

/**
 * No document can be rendered on this machine: no Chinese font was found (E1083). Not the caller's fault, so not a
 * validation error; nothing was issued. The message names where it looked and which package to install.
 */
public class DocumentsUnavailableException extends RuntimeException {

    private final transient Violation violation;

    public DocumentsUnavailableException(Violation violation, String detail, Throwable cause) {
        super(violation.code() + " " + detail, cause);
        this.violation = violation;
    }

    public Violation violation() {
        return violation;
    }
}
