package org.qualityguard.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private static Scorecard.Line line(String factor, int points) {
        return new Scorecard.Line(factor, factor, "risk.reading.X", List.of(), factor, points);
    }

    @Test
    void theBaseAndTheFiveHeaviestFactorsAreShownAndTheRestFoldedIntoOneSum() {
        List<Scorecard.Line> lines = new ArrayList<>(List.of(line("BASE", 625)));
        int[] points = {35, 30, 28, 22, -19, 17, -17, 13, 5, 5, 3, -3, 2, 2};
        for (int i = 0; i < points.length; i++) {
            lines.add(line("F" + i, points[i]));
        }

        Scorecard card = Scorecard.fold(lines);

        assertThat(card.base().factor()).isEqualTo("BASE");
        assertThat(card.shown()).extracting(Scorecard.Line::points).containsExactly(35, 30, 28, 22, -19);
        assertThat(card.folded()).hasSize(9);
        assertThat(card.foldedPoints()).isEqualTo(17 - 17 + 13 + 5 + 5 + 3 - 3 + 2 + 2);
        assertThat(card.base().points() + card.shown().stream().mapToInt(Scorecard.Line::points).sum()
                + card.foldedPoints()).isEqualTo(card.score()).isEqualTo(625 + 35 + 30 + 28 + 22 - 19 + 27);
    }

    @Test
    void factorsOfFewerThanThreePointsAreFoldedEvenWhenFewerThanFiveAreShown() {
        Scorecard card = Scorecard.fold(List.of(line("BASE", 600), line("A", -2), line("B", 8), line("C", 1)));

        assertThat(card.shown()).extracting(Scorecard.Line::factor).containsExactly("B");
        assertThat(card.folded()).extracting(Scorecard.Line::factor).containsExactly("A", "C");
        assertThat(card.foldedPoints()).isEqualTo(-1);
        assertThat(card.score()).isEqualTo(607);
    }

    @Test
    void aScorecardOfFewFactorsFoldsNothing() {
        Scorecard card = Scorecard.fold(List.of(line("BASE", 600), line("A", 4)));

        assertThat(card.shown()).hasSize(1);
        assertThat(card.folded()).isEmpty();
    }
}
