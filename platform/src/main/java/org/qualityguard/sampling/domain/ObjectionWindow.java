package org.qualityguard.sampling.domain;

import java.time.LocalDate;

import org.qualityguard.shared.WorkingDays;

/**
 * How long an enterprise may object to a failed result, counted from the day it is told of it: a food within 7
 * working days (复检, 《食品安全法》第八十八条, on the working-day calendar), an industrial product within 15 days
 * (异议, 《产品质量监督抽查管理暂行办法》第三十二条), moved to the next working day when it ends on a holiday. The
 * last day of the window is the deadline; the failure is published only after it.
 */
public final class ObjectionWindow {

    static final int FOOD_WORKING_DAYS = 7;
    static final int PRODUCT_DAYS = 15;

    private final WorkingDays workingDays;

    public ObjectionWindow(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    /** The last day on which an objection to a failure the enterprise was told of on {@code toldOn} is received. */
    public LocalDate lastDay(ProductCategory.Kind kind, LocalDate toldOn) {
        return kind == ProductCategory.Kind.FOOD
                ? workingDays.plusWorkingDays(toldOn, FOOD_WORKING_DAYS)
                : workingDays.calendar().workingDayOnOrAfter(toldOn.plusDays(PRODUCT_DAYS));
    }
}
