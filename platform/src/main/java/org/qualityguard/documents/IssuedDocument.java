package org.qualityguard.documents;

import java.time.LocalDate;

/**
 * A document as issued: its id (for the staff download {@code /console/documents/{id}.pdf}), number, the
 * verification code printed on it (as printed, in groups of four), the issue date and the SHA-256 of its PDF.
 */
public record IssuedDocument(long id, DocumentNumber number, String verificationCode, LocalDate issuedOn,
                             String sha256, int pages) {
}
