package org.qualityguard.documents.web;

import java.nio.charset.StandardCharsets;

import org.qualityguard.documents.DocumentFile;
import org.qualityguard.documents.IssuedDocuments;
import org.qualityguard.identity.StaffUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Staff download an issued document's PDF, as it was issued, within their division ({@link IssuedDocuments}). */
@Controller
class ConsoleDocumentController {

    private final IssuedDocuments documents;

    ConsoleDocumentController(IssuedDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/console/documents/{id}.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal StaffUser user, @PathVariable long id) {
        DocumentFile file = documents.pdf(user, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(file.number() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", file.sha256())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.pdf());
    }
}
