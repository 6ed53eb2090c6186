package org.qualityguard.equipment;

import java.util.Map;

/** A user enterprise's units by kind, how many are older than 15 years and how many are overdue: grading input. */
public record UnitCounts(Map<String, Integer> byKind, int aged, int overdue) {
}
