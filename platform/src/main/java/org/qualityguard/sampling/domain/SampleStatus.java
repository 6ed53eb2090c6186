package org.qualityguard.sampling.domain;

import java.util.List;

import org.qualityguard.shared.Workflow;
import org.qualityguard.shared.Workflow.Transition;

/**
 * Where a sample stands. Taken (sampled), its laboratory results judge it conforming or failed; the enterprise may
 * object to a failure within its window (food: 复检, products: 异议), and the objection is decided — the failure
 * upheld or overturned; a result is published once nothing can change it any more (a failure after its window).
 */
public enum SampleStatus {
    SAMPLED, CONFORMING, FAILED, OBJECTED, PUBLISHED;

    public static final String CONFORM = "conform";
    public static final String FAIL = "fail";
    public static final String OBJECT = "object";
    public static final String UPHOLD = "uphold";
    public static final String OVERTURN = "overturn";
    public static final String PUBLISH = "publish";
    public static final String PUBLISH_FAILURE = "publishFailure";

    public static final Workflow<SampleStatus> WORKFLOW = new Workflow<>("sample", SAMPLED, List.of(
            new Transition<>(SAMPLED, CONFORM, "ENTER_SAMPLE_RESULTS", CONFORMING, "SampleConformed"),
            new Transition<>(SAMPLED, FAIL, "ENTER_SAMPLE_RESULTS", FAILED, "SamplingFailed"),
            new Transition<>(FAILED, OBJECT, "TAKE_SAMPLES", OBJECTED, "ObjectionLodged"),
            new Transition<>(OBJECTED, UPHOLD, "DECIDE_SAMPLING_OBJECTION", FAILED, "FailureUpheld"),
            new Transition<>(OBJECTED, OVERTURN, "DECIDE_SAMPLING_OBJECTION", CONFORMING, "FailureOverturned"),
            new Transition<>(CONFORMING, PUBLISH, "PUBLISH_SAMPLE_RESULTS", PUBLISHED, "ResultPublished"),
            new Transition<>(FAILED, PUBLISH_FAILURE, "PUBLISH_SAMPLE_RESULTS", PUBLISHED, "FailurePublished")));
}
