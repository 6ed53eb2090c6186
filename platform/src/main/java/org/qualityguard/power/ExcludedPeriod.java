package org.qualityguard.power;

/** Periods a statutory time limit does not count (e.g. 《行政许可法》第四十五条: hearing, testing, expert evaluation). */
public enum ExcludedPeriod {
    HEARING, PUBLIC_NOTICE, TESTING, INSPECTION, QUARANTINE, EXPERT_EVALUATION
}
