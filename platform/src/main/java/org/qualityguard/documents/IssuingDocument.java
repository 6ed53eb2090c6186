package org.qualityguard.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityguard.documents.domain.ChineseDate;
import org.qualityguard.documents.domain.DocumentError;
import org.qualityguard.documents.domain.DocumentRules;
import org.qualityguard.documents.domain.VerificationCode;
import org.qualityguard.documents.pdf.DocumentPdf;
import org.qualityguard.documents.pdf.DocumentRenderer;
import org.qualityguard.documents.pdf.PdfContent;
import org.qualityguard.documents.persistence.DocumentStore;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing a document in the name of the actor's organisation, in one transaction: the next number of the
 * organisation, kind and business year (gap-free: the counter is locked until the issue commits or rolls back), an
 * unguessable verification code, the PDF in the Chinese font with its SHA-256, the document kept as issued (never
 * changed afterwards) and the issue on the audit trail. Refused: an incomplete document (E1080–E1082), a character
 * the font cannot show (E1084), a number another organisation with the same abbreviation already holds (E1085); with
 * no Chinese font installed, nothing is issued (E1083).
 */
@Service
public class IssuingDocument {

    public static final String SUBJECT = "document";

    private final DocumentStore store;
    private final DocumentRenderer renderer;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final BusinessTime time;

    IssuingDocument(DocumentStore store, DocumentRenderer renderer, AccessPolicy access, AuditTrail audit,
                    BusinessTime time) {
        this.store = store;
        this.renderer = renderer;
        this.access = access;
        this.audit = audit;
        this.time = time;
    }

    @Transactional
    public IssuedDocument issue(StaffUser actor, IssueDocument command) {
        access.require(actor, Permission.ISSUE_DOCUMENT);
        List<FieldViolation> faults = DocumentRules.check(command);
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        LocalDate today = time.today();
        Instant now = time.now();
        String abbreviation = command.abbreviation().strip();
        int sequence = store.nextSequence(actor.organisationId(), command.kind(), today.getYear());
        DocumentNumber number = new DocumentNumber(abbreviation, command.kind(), today.getYear(), sequence);
        if (store.numberTaken(number.text())) {
            throw new ValidationException(FieldViolation.of("abbreviation",
                    DocumentError.NUMBER_TAKEN.violation(number.text(), abbreviation)));
        }
        String code = VerificationCode.generate();
        String organisationName = command.organisationName().strip();
        DocumentPdf.Rendered rendered = renderer.render(new PdfContent(organisationName, command.title().strip(),
                number.text(), command.party().strip(), command.sections(), ChineseDate.of(today),
                VerificationCode.display(code)));
        String sha256 = sha256(rendered.pdf());
        long id = store.insert(new DocumentStore.NewDocument(actor.organisationId(), organisationName,
                actor.division(), number, command.title().strip(), command.party().strip(), command.sections(),
                today, now, actor.getUsername(), code, rendered.pdf(), sha256));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("documentNumber", number.text());
        after.put("kind", command.kind().name());
        after.put("title", command.title().strip());
        after.put("party", command.party().strip());
        after.put("organisation", organisationName);
        after.put("issuedOn", today.toString());
        after.put("pages", rendered.pages());
        after.put("sha256", sha256);
        audit.record(AuditRecord.of(actor, "DOCUMENT_ISSUED", SUBJECT, Long.toString(id), actor.division(),
                null, after));
        return new IssuedDocument(id, number, VerificationCode.display(code), today, sha256, rendered.pages());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
