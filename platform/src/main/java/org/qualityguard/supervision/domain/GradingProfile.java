package org.qualityguard.supervision.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * What a scoring table is applied to: the enterprise's facts ({@code scale = LARGE}) and counts of what happened
 * in the grading window ({@code majorFinding = 2}). A profile may be reused and refilled, which the bulk re-grade
 * does to keep allocation down.
 */
public final class GradingProfile {

    private final Map<String, String> facts = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    public GradingProfile fact(String factor, String value) {
        if (value == null || value.isBlank()) {
            facts.remove(factor);
        } else {
            facts.put(factor, value.strip());
        }
        return this;
    }

    public GradingProfile count(String factor, int count) {
        if (count <= 0) {
            counts.remove(factor);
        } else {
            counts.put(factor, count);
        }
        return this;
    }

    public GradingProfile add(String factor, int more) {
        return count(factor, countOf(factor) + more);
    }

    public String factOf(String factor) {
        return facts.get(factor);
    }

    public int countOf(String factor) {
        Integer c = counts.get(factor);
        return c == null ? 0 : c;
    }

    public Map<String, String> facts() {
        return Map.copyOf(facts);
    }

    public Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    public GradingProfile clear() {
        facts.clear();
        counts.clear();
        return this;
    }
}
