package org.qualityguard.sampling.domain;

import java.util.List;

import org.qualityguard.shared.Workflow;
import org.qualityguard.shared.Workflow.Transition;

/**
 * Where a complaint stands. It is received with the classifier's suggestion; a member of staff confirms or corrects
 * its category (reviewed), and may correct it again. Later parts (proposals turned into plans, samples, results)
 * add their edges here.
 */
public enum ComplaintStatus {
    RECEIVED, REVIEWED;

    public static final String REVIEW = "review";
    public static final String RECLASSIFY = "reclassify";

    public static final Workflow<ComplaintStatus> WORKFLOW = new Workflow<>("complaint", RECEIVED, List.of(
            new Transition<>(RECEIVED, REVIEW, "CLASSIFY_COMPLAINT", REVIEWED, "ComplaintReviewed"),
            new Transition<>(REVIEWED, RECLASSIFY, "CLASSIFY_COMPLAINT", REVIEWED, "ComplaintReclassified")));
}
