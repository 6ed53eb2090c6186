package org.qualityguard.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * An early warning on one cell's failure stream.
 *
 * @param statistic     the CUSUM log-likelihood ratio (nats) behind the level
 * @param baselineRate  the cell's own in-control failure rate the evidence is measured against
 * @param raisedAt      the day the warning first reached blue in this episode
 * @param evidenceLotIds the failed lots that built the evidence, oldest first (bounded)
 * @param confirmed     confirmed by an analyst (or automatically at orange when so configured)
 */
public record Warning(Cell cell, WarningLevel level, WarningLevel highestLevel, double statistic, double baselineRate,
                      LocalDate raisedAt, LocalDate changedAt, List<String> evidenceLotIds, boolean confirmed) {

    public Warning {
        evidenceLotIds = List.copyOf(evidenceLotIds);
    }
}
