package org.qualityguard.documents;

import java.util.Optional;

import org.qualityguard.documents.domain.VerificationCode;
import org.qualityguard.documents.persistence.DocumentStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public check of a document: the verification code printed on it, as a person typed it, finds the document's
 * number, kind, organisation, date and SHA-256, or nothing. Without an account; the portal limits it per address.
 */
@Service
public class VerifyingDocument {

    private final DocumentStore store;

    VerifyingDocument(DocumentStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public Optional<VerifiedDocument> verify(String typedCode) {
        return VerificationCode.read(typedCode).flatMap(store::verified);
    }
}
