package org.qualityguard.risk;

import java.util.List;

/**
 * A lot's probability of non-compliance with its bank-style scorecard.
 *
 * <p>Points are on a log-odds scale: {@value #POINTS_TO_DOUBLE_ODDS} points double the odds of failure and a score of
 * {@value #ANCHOR_SCORE} means odds of 1 in {@value #ANCHOR_ODDS_AGAINST}. The first factor is the base (what an
 * unremarkable lot scores); the others explain the difference. Points are rounded, and the score is their sum.
 */
public record RiskScore(double probability, int score, List<ScoreFactor> factors) {

    public static final int POINTS_TO_DOUBLE_ODDS = 20;
    public static final int ANCHOR_SCORE = 600;
    public static final int ANCHOR_ODDS_AGAINST = 50;

    public RiskScore {
        factors = List.copyOf(factors);
    }
}
