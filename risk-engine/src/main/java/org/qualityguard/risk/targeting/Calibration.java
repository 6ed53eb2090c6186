package org.qualityguard.risk.targeting;

import java.util.ArrayList;
import java.util.List;
import org.qualityguard.risk.CalibrationBin;

/**
 * Predicted against observed failure rates on the exploration lots — the only inspected lots not chosen for their
 * score, hence the only honest check of whether "8 %" means 8 %.
 */
public final class Calibration {

    private static final double[] EDGES = {0, 0.01, 0.02, 0.05, 0.10, 0.20, 0.50, 1.0000001};

    private final long[] lots = new long[EDGES.length - 1];
    private final double[] predicted = new double[EDGES.length - 1];
    private final long[] failed = new long[EDGES.length - 1];

    public void add(double probability, boolean fail) {
        int b = 0;
        while (b < lots.length - 1 && probability >= EDGES[b + 1]) {
            b++;
        }
        lots[b]++;
        predicted[b] += probability;
        if (fail) {
            failed[b]++;
        }
    }

    public List<CalibrationBin> bins() {
        List<CalibrationBin> bins = new ArrayList<>();
        for (int b = 0; b < lots.length; b++) {
            if (lots[b] > 0) {
                bins.add(new CalibrationBin(EDGES[b], Math.min(1, EDGES[b + 1]), lots[b], predicted[b] / lots[b],
                        (double) failed[b] / lots[b]));
            }
        }
        return bins;
    }
}
