package org.qualityguard.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.qualityguard.risk.ScoreFactor;

/**
 * A declared lot with the decision it was given and, once known, its result. {@code reason} is the engine's
 * {@link org.qualityguard.risk.SelectionReason}; {@code scorecard} explains {@code score} factor by factor. Its draws
 * were keyed with the secret of the bureau's day {@code drawnOn}, of which only the commitment is carried here: the
 * secret is revealed by the selection audit once that day is over.
 */
public record DecidedLot(String lotId, String bureau, LocalDate declaredOn, String direction, String hsCode,
                         String origin, String consignee, String manufacturer, double quantity, double valueCny,
                         String reason, boolean selected, double probability, double priority, int score,
                         List<ScoreFactor> scorecard, List<String> likelyHazards, int modelVersion,
                         LocalDate drawnOn, String seedCommitment,
                         String submittedBy, Instant decidedAt, Optional<RecordedResult> result) {

    public DecidedLot {
        scorecard = List.copyOf(scorecard);
        likelyHazards = List.copyOf(likelyHazards);
    }

    /** The risk level shown beside the score: HIGH from 20 %, MEDIUM from 5 %, else LOW. */
    public String level() {
        return probability >= 0.20 ? "HIGH" : probability >= 0.05 ? "MEDIUM" : "LOW";
    }

    public boolean mandatory() {
        return reason.startsWith("MANDATORY");
    }
}
