package org.qualityguard.supervision.domain;

import java.util.List;

import org.qualityguard.shared.Workflow;
import org.qualityguard.shared.Workflow.Transition;

/**
 * Where an inspection plan stands. A drawn plan is a draft; a chief other than its drawer approves it, which gives the
 * inspectors their tasks; a chief publishes it ("one public"). Drawing the same division and period again supersedes
 * an open draft, which stays on record.
 */
public enum PlanStatus {
    DRAFT, APPROVED, PUBLISHED, SUPERSEDED;

    public static final String APPROVE = "approve";
    public static final String PUBLISH = "publish";
    public static final String SUPERSEDE = "supersede";

    /** The guards: a chief approves and publishes (not the plan's drawer: see InspectionPlans); a new draw supersedes. */
    public static final Workflow<PlanStatus> WORKFLOW = new Workflow<>("inspectionPlan", DRAFT, List.of(
            new Transition<>(DRAFT, APPROVE, "APPROVE_PLAN", APPROVED, "PlanApproved"),
            new Transition<>(APPROVED, PUBLISH, "APPROVE_PLAN", PUBLISHED, "PlanPublished"),
            new Transition<>(DRAFT, SUPERSEDE, "DRAW_PLAN", SUPERSEDED, "PlanSuperseded")));
}
