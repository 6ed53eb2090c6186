package org.qualityguard.documents;

import java.time.LocalDate;

/** What the public check shows of a genuine document: no party, no content, only what proves it was issued. */
public record VerifiedDocument(String number, DocumentKind kind, String organisationName, LocalDate issuedOn,
                               String sha256) {
}
