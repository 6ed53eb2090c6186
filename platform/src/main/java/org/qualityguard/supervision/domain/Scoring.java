package org.qualityguard.supervision.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of applying a scoring table: the capped static and dynamic points, the grade, and what each rule
 * added — the explanation an enterprise's page shows.
 */
public record Scoring(ScoringTable table, int staticPoints, int dynamicPoints, Grade grade, int[] pointsByRule) {

    public int total() {
        return staticPoints + dynamicPoints;
    }

    /** One rule that added points. */
    public record Contribution(ScoringRule rule, int points) {
    }

    /** The rules that added points, in table order. */
    public List<Contribution> contributions() {
        List<Contribution> out = new ArrayList<>();
        for (int i = 0; i < pointsByRule.length; i++) {
            if (pointsByRule[i] != 0) {
                out.add(new Contribution(table.rules().get(i), pointsByRule[i]));
            }
        }
        return out;
    }
}
