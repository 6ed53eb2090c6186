package org.qualityguard.calendar.domain;

/** A day the calendar names: a public holiday (休), or a weekend day moved to work (调休上班). */
public enum DayKind { HOLIDAY, WORKDAY }
