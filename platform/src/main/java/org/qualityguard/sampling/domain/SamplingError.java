package org.qualityguard.sampling.domain;

import org.qualityguard.shared.Violation;

/** Every refusal of the sampling module: a stable code and one message key, in both bundles. */
public enum SamplingError {
    REQUIRED("E4301", "sampling.error.required"),
    TOO_LONG("E4302", "sampling.error.tooLong"),
    DIVISION_UNKNOWN("E4304", "sampling.error.division"),
    PHOTO_NOT_IMAGE("E4305", "sampling.error.photo.notImage"),
    PHOTO_TOO_LARGE("E4306", "sampling.error.photo.tooLarge"),
    PHOTO_TOO_MANY("E4307", "sampling.error.photo.tooMany"),
    SUBMISSION_REFUSED("E4308", "sampling.error.refused"),
    TOO_MANY_SUBMISSIONS("E4309", "sampling.error.rate"),
    TRACKING_NOT_FOUND("E4310", "sampling.error.tracking"),
    CATEGORY_UNKNOWN("E4311", "sampling.error.category"),
    NOT_REVIEWABLE("E4312", "sampling.error.notReviewable"),
    UNIT_MISMATCH("E4320", "sampling.error.unit"),
    ITEM_NOT_IN_STANDARD("E4321", "sampling.error.item"),
    NO_LIMIT_IN_FORCE("E4322", "sampling.error.notInForce"),
    NOT_A_NUMBER("E4323", "sampling.error.number"),
    COMPARISON_UNKNOWN("E4324", "sampling.error.comparison"),
    NOT_A_DATE("E4325", "sampling.error.date"),
    STATUS_UNKNOWN("E4326", "sampling.error.status"),
    NO_MEASUREMENT("E4327", "sampling.error.noMeasurement"),
    SAMPLE_NUMBER("E4330", "sampling.error.sampleNo"),
    ENTERPRISE_UNKNOWN("E4331", "sampling.error.enterprise"),
    NO_STANDARD_APPLIES("E4332", "sampling.error.appliesTo"),
    OBJECTION_LATE("E4333", "sampling.error.objectionLate"),
    SAMPLE_STATE("E4334", "sampling.error.sampleState"),
    DATE_OUT_OF_RANGE("E4335", "sampling.error.dateRange"),
    OUTCOME_UNKNOWN("E4336", "sampling.error.outcome"),
    SAMPLE_NUMBER_TAKEN("E4337", "sampling.error.sampleNoTaken"),
    RESULT_LINE("E4338", "sampling.error.resultLine");

    private final String code;
    private final String messageKey;

    SamplingError(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Violation violation(Object... arguments) {
        return new Violation(code, messageKey, arguments);
    }
}
