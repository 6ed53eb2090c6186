package org.qualityguard.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The engine's learnt state in a form that does not depend on the order cells were first seen: per cell, by its
 * readable name, the decayed counts, the warning and the switching state; then the model. Two engines fed the same
 * results in the same order have equal snapshots, which is how a restarted engine is checked against the one that
 * died. Floating-point sums over many cells may differ in their last bits when cells were interned in another order,
 * so numbers compare within a relative tolerance.
 *
 * @param cells per cell name: inspected, failed, recent inspected, recent failed (decayed to {@code day}), lots
 *              declared, warning level ordinal, CUSUM statistic, confirmed (1/0), switching state ordinal
 */
public record EngineSnapshot(int day, SortedMap<String, double[]> cells, double[] coefficients, int modelVersion,
                             long resultsLearnt, double baseRateEstimate, long explorationSample) {

    public EngineSnapshot {
        TreeMap<String, double[]> copy = new TreeMap<>();
        cells.forEach((k, v) -> copy.put(k, v.clone()));
        cells = copy;
        coefficients = coefficients.clone();
    }

    /** What differs between two snapshots beyond the tolerance, one line each (empty when they are equal). */
    public List<String> differences(EngineSnapshot other, double relativeTolerance) {
        List<String> out = new ArrayList<>();
        if (day != other.day || modelVersion != other.modelVersion || resultsLearnt != other.resultsLearnt
                || explorationSample != other.explorationSample) {
            out.add("day/model/results/sample " + List.of(day, modelVersion, resultsLearnt, explorationSample)
                    + " ≠ " + List.of(other.day, other.modelVersion, other.resultsLearnt, other.explorationSample));
        }
        if (!close(baseRateEstimate, other.baseRateEstimate, relativeTolerance)) {
            out.add("base rate estimate " + baseRateEstimate + " ≠ " + other.baseRateEstimate);
        }
        if (!close(coefficients, other.coefficients, relativeTolerance)) {
            out.add("coefficients " + Arrays.toString(coefficients) + " ≠ " + Arrays.toString(other.coefficients));
        }
        for (Map.Entry<String, double[]> e : cells.entrySet()) {
            double[] theirs = other.cells.get(e.getKey());
            if (theirs == null || !close(e.getValue(), theirs, relativeTolerance)) {
                out.add(e.getKey() + " " + Arrays.toString(e.getValue()) + " ≠ " + Arrays.toString(theirs));
            }
        }
        for (String name : other.cells.keySet()) {
            if (!cells.containsKey(name)) {
                out.add(name + " missing ≠ " + Arrays.toString(other.cells.get(name)));
            }
        }
        return out;
    }

    private static boolean close(double[] a, double[] b, double tolerance) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!close(a[i], b[i], tolerance)) {
                return false;
            }
        }
        return true;
    }

    private static boolean close(double a, double b, double tolerance) {
        if (Objects.equals(a, b)) {
            return true;
        }
        return Math.abs(a - b) <= tolerance * Math.max(1e-12, Math.max(Math.abs(a), Math.abs(b)));
    }
}
