package org.qualityguard.supervision.domain;

import java.util.List;

import org.qualityguard.shared.Workflow;
import org.qualityguard.shared.Workflow.Transition;

/**
 * Where an inspection record stands. The first drawn inspector records it; the second co-signs it (inspections are
 * made by two); a chief approves a co-signed record, and from then on the portal shows its result.
 */
public enum RecordStatus {
    RECORDED, COSIGNED, APPROVED;

    public static final String COSIGN = "cosign";
    public static final String APPROVE = "approve";

    public static final Workflow<RecordStatus> WORKFLOW = new Workflow<>("inspectionRecord", RECORDED, List.of(
            new Transition<>(RECORDED, COSIGN, "COSIGN_INSPECTION", COSIGNED, "RecordCosigned"),
            new Transition<>(COSIGNED, APPROVE, "APPROVE_INSPECTION", APPROVED, "RecordApproved")));
}
