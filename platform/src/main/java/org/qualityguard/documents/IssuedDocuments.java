package org.qualityguard.documents;

import java.util.Map;

import org.qualityguard.documents.persistence.DocumentStore;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issued documents as staff read them: a document's PDF, as stored, for staff of the division it was issued in or of
 * one containing it. One of another division answers "not found", as if it did not exist, and goes on the trail.
 */
@Service
public class IssuedDocuments {

    private final DocumentStore store;
    private final AccessPolicy access;

    IssuedDocuments(DocumentStore store, AccessPolicy access) {
        this.store = store;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public DocumentFile pdf(StaffUser reader, long id) {
        access.require(reader, Permission.READ_DOCUMENTS);
        DocumentStore.StoredFile stored = store.file(id)
                .orElseThrow(() -> new NotFoundException("document", Long.toString(id)));
        if (!reader.scope().includes(stored.division())) {
            access.recordRefusal(reader, IssuingDocument.SUBJECT, Long.toString(id), stored.division(),
                    Map.of("operation", "READ"));
            throw new NotFoundException("document", Long.toString(id));
        }
        return stored.file();
    }
}
