package org.qualityguard.calendar.domain;

import java.util.List;

import org.qualityguard.shared.Workflow;
import org.qualityguard.shared.Workflow.Transition;

/**
 * Where a year's working-day calendar stands: drafted by a province administrator (holidays and working weekends
 * added and removed), then published, after which it is frozen and time limits are counted on it.
 */
public enum YearStatus {
    DRAFT, PUBLISHED;

    public static final String PUBLISH = "publish";

    public static final Workflow<YearStatus> WORKFLOW = new Workflow<>("calendarYear", DRAFT, List.of(
            new Transition<>(DRAFT, PUBLISH, "CHANGE_REFERENCE_DATA", PUBLISHED, "CalendarYearPublished")));
}
