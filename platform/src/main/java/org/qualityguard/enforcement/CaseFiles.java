package org.qualityguard.enforcement;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.qualityguard.enforcement.domain.CaseRules;
import org.qualityguard.enforcement.persistence.CaseStore;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case file (案卷): evidence items added while the case is open, each with its kind, source, who collected it and
 * when, and the SHA-256 of the uploaded bytes, kept with them in the database. Nothing is added to a closed file
 * (E5014; the database refuses it too). Refusals: E5010 no kind, E5011 an empty file, E5012 a title, source or
 * collector missing, E5041 a collection date missing or after today.
 */
@Service
public class CaseFiles {

    private final EnforcementCases cases;
    private final CaseStore store;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final BusinessTime time;

    CaseFiles(EnforcementCases cases, CaseStore store, AccessPolicy access, AuditTrail audit, BusinessTime time) {
        this.cases = cases;
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.time = time;
    }

    /** An item to add: what it is, its source, who collected it and when, and the file. */
    public record AddEvidence(Evidence.Kind kind, String title, String source, String collectedBy,
                              LocalDate collectedOn, String fileName, String contentType, byte[] content) {
    }

    @Transactional
    public Evidence add(StaffUser actor, long caseId, AddEvidence e) {
        EnforcementCase c = cases.visible(actor, caseId);
        CaseRules.requireOpen(c.status());
        access.requireAt(actor, Permission.HANDLE_CASE, new DivisionCode(c.division()));
        if (e.kind() == null) {
            throw EnforcementCases.refused("kind", "E5010", "enforcement.evidence.kind.missing");
        }
        for (Map.Entry<String, String> field : Map.of("title", String.valueOf(e.title()), "source",
                String.valueOf(e.source()), "collectedBy", String.valueOf(e.collectedBy())).entrySet()) {
            if (field.getValue().isBlank() || field.getValue().equals("null")) {
                throw EnforcementCases.refused(field.getKey(), "E5012", "enforcement.evidence.field.missing");
            }
        }
        if (e.collectedOn() == null || e.collectedOn().isAfter(time.today())) {
            throw EnforcementCases.refused("collectedOn", "E5041", "enforcement.date.missing");
        }
        if (e.content() == null || e.content().length == 0) {
            throw EnforcementCases.refused("file", "E5011", "enforcement.evidence.file.missing");
        }
        String hash = sha256(e.content());
        String fileName = e.fileName() == null || e.fileName().isBlank() ? "evidence" : e.fileName().strip();
        String type = e.contentType() == null || e.contentType().isBlank() ? "application/octet-stream"
                : e.contentType();
        Evidence item = new Evidence(0, caseId, e.kind(), e.title().strip(), e.source().strip(),
                e.collectedBy().strip(), e.collectedOn(), fileName, type, e.content().length, hash,
                actor.getUsername(), time.now());
        long id = store.addEvidence(caseId, item, e.content());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("evidence", id);
        after.put("kind", e.kind().name());
        after.put("title", item.title());
        after.put("collectedBy", item.collectedBy());
        after.put("collectedOn", item.collectedOn().toString());
        after.put("sha256", hash);
        audit.record(AuditRecord.of(actor, "CASE_EVIDENCE_ADDED", EnforcementCases.SUBJECT, c.caseNo(),
                new DivisionCode(c.division()), null, after));
        return store.evidence(caseId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    /** The bytes of an item of the file, for a reader of the case. */
    @Transactional(readOnly = true)
    public byte[] content(StaffUser reader, long caseId, long evidenceId) {
        cases.visible(reader, caseId);
        return store.content(caseId, evidenceId).orElseThrow(() -> new NotFoundException("evidenceId",
                String.valueOf(evidenceId)));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
