package org.qualityguard.sampling;

import java.util.LinkedHashMap;
import java.util.Map;

import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.sampling.domain.ComplaintStatus;
import org.qualityguard.sampling.domain.SamplingError;
import org.qualityguard.sampling.persistence.ComplaintStore;
import org.qualityguard.shared.BusinessTime;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A member of staff confirms the classifier's category of a complaint or corrects it (and may correct it again):
 * the complaint moves along its workflow, the decision goes on the audit trail with the suggestion it confirmed or
 * overrode, and the classifier is trained again with the new label once it is committed.
 */
@Service
public class ComplaintReview {

    public static final String REVIEWED = "COMPLAINT_REVIEWED";

    private final Complaints complaints;
    private final ComplaintStore store;
    private final ComplaintClassification classification;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final BusinessTime time;
    private final TransactionTemplate transactions;

    ComplaintReview(Complaints complaints, ComplaintStore store, ComplaintClassification classification,
                    AccessPolicy access, AuditTrail audit, BusinessTime time,
                    PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.complaints = complaints;
        this.store = store;
        this.classification = classification;
        this.access = access;
        this.audit = audit;
        this.time = time;
    }

    /** Gives the complaint its category; answers whether it confirmed the suggestion (false: a correction). */
    public boolean classify(StaffUser reviewer, long id, String category) {
        Boolean confirmed = transactions.execute(status -> record(reviewer, id, category));
        classification.retrain();
        return Boolean.TRUE.equals(confirmed);
    }

    private boolean record(StaffUser reviewer, long id, String category) {
        ComplaintView c = complaints.view(reviewer, id);
        access.requireAt(reviewer, Permission.CLASSIFY_COMPLAINT, new DivisionCode(c.divisionCode()));
        if (!complaints.catalogue().contains(category)) {
            throw new ValidationException(FieldViolation.of("category",
                    SamplingError.CATEGORY_UNKNOWN.violation(String.valueOf(category))));
        }
        ComplaintStatus from = ComplaintStatus.valueOf(c.status());
        Workflow.Transition<ComplaintStatus> edge = ComplaintStatus.WORKFLOW
                .transition(from, from == ComplaintStatus.RECEIVED ? ComplaintStatus.REVIEW : ComplaintStatus.RECLASSIFY)
                .orElseThrow();
        if (!store.classify(id, edge, category, reviewer.getUsername(), time.now())) {
            throw new ValidationException(FieldViolation.of("category",
                    SamplingError.NOT_REVIEWABLE.violation(c.trackingNumber())));
        }
        boolean confirmed = category.equals(c.effectiveCategory());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", c.status());
        before.put("suggested", c.predictedCategory());
        before.put("category", c.category());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", edge.to().name());
        after.put("category", category);
        after.put("event", edge.event());
        after.put("confirmed", confirmed);
        audit.record(AuditRecord.of(reviewer, REVIEWED, "complaint", c.trackingNumber(),
                new DivisionCode(c.divisionCode()), before, after));
        return confirmed;
    }
}
