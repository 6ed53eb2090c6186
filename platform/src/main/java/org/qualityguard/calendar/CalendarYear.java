package org.qualityguard.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A year of the working-day calendar as read back: its status, where it came from, and the days it names. */
public record CalendarYear(int year, String status, String source, String createdBy, String publishedBy,
                           Instant publishedAt, List<Day> days) {

    /** A holiday ({@code HOLIDAY}) or an adjusted working day ({@code WORKDAY}) with its festival's name. */
    public record Day(LocalDate day, String kind, String name) {
    }

    public boolean published() {
        return publishedAt != null;
    }
}
