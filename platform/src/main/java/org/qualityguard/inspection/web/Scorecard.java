package org.qualityguard.inspection.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A lot's scorecard as an inspector reads it: the base, the few characteristics that moved the score most, and the
 * rest folded into one line whose points are their sum, so that the lines shown still add up to the score.
 *
 * @param base   the base line (what an unremarkable lot scores)
 * @param shown  at most {@value #MOST_SHOWN} lines of at least {@value #LEAST_POINTS_SHOWN} points either way,
 *               largest first
 * @param folded the other lines, largest first
 * @param score  the sum of all lines' points
 */
record Scorecard(Line base, List<Line> shown, List<Line> folded, int score) {

    static final int MOST_SHOWN = 5;
    static final int LEAST_POINTS_SHOWN = 3;

    /**
     * One characteristic: its label and what was seen, worded, with the key and values they were worded from.
     */
    record Line(String factor, String label, String messageKey, List<Object> arguments, String text, int points) {
    }

    Scorecard {
        shown = List.copyOf(shown);
        folded = List.copyOf(folded);
    }

    static Scorecard fold(List<Line> lines) {
        Line base = null;
        List<Line> rest = new ArrayList<>();
        int score = 0;
        for (Line l : lines) {
            score += l.points();
            if (base == null && "BASE".equals(l.factor())) {
                base = l;
            } else {
                rest.add(l);
            }
        }
        rest.sort(Comparator.comparingInt((Line l) -> Math.abs(l.points())).reversed());
        List<Line> shown = new ArrayList<>();
        List<Line> folded = new ArrayList<>();
        for (Line l : rest) {
            (shown.size() < MOST_SHOWN && Math.abs(l.points()) >= LEAST_POINTS_SHOWN ? shown : folded).add(l);
        }
        return new Scorecard(base, shown, folded, score);
    }

    public int foldedPoints() {
        return folded.stream().mapToInt(Line::points).sum();
    }
}
