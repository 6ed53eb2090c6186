package org.qualityguard.risk;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Every tunable number of the engine in one place, with defaults a bureau can start from.
 *
 * @param halfLifeDays          how fast history fades: a result this many days old counts half
 * @param recentHalfLifeDays    the short memory that lets drift and emerging risks show before the long one moves
 * @param explorationShare      share of capacity drawn at random (stratified by HS chapter)
 * @param mandatoryHsPrefixes   legal-inspection catalogue: lots whose HS code starts with one of these are all inspected
 * @param severityWeights       weight of a finding per hazard; expected finding = probability × weight of the heading's hazard mix
 * @param refitEveryDays        the scorecard's logistic model is refitted on this schedule (keyed by plan dates)
 * @param trainingWindow        how many of the latest inspected lots the refit learns from
 * @param cusumOddsRatio        the shift in odds of failure each cell's CUSUM is tuned to detect
 * @param levelThresholds       CUSUM statistic (nats) for blue, yellow, orange, red
 * @param baselineUpperZ        the in-control rate is the cell's rate plus this many standard errors, so that thin
 *                              cells, whose rate is uncertain, need more evidence
 * @param monitoredKinds        the cell kinds watched for change
 * @param autoConfirmAtOrange   treat orange/red as confirmed without an analyst (replays have none at hand)
 * @param tightenedIntensity    priority multiplier of a tightened stream
 * @param reducedIntensity      priority multiplier of a reduced stream
 * @param changePriorOdds       prior odds that a watched cell has changed; with the CUSUM evidence it gives the
 *                              posterior chance of a change, which lifts the priority of the cell's lots (0 = off)
 * @param thompsonScale         exploration by Thompson sampling: the priority (never the reported probability) uses
 *                              the lot's joint cell effects drawn from their posterior, widened by this factor, so
 *                              thin cells get looked at in proportion to how little is known of them. 0 = greedy,
 *                              the default: on the replay worlds every scale tried lost precision (README)
 * @param followUpShares        share of a cell's lots inspected to follow up a blue, and a yellow, warning
 * @param surveillanceDays      a busy watched cell with no inspected lot for this long gets one (0 = no surveillance)
 * @param surveillanceShare     at most this share of capacity goes to surveillance
 * @param minBaselineForOrange  inspected lots (decayed) a cell must have had before its evidence began for a warning
 *                              to go beyond yellow: without a baseline, a high rate is a level to score, not a change
 * @param burstOddsRatio        odds ratio of each watched cell's second, fast CUSUM, tuned to a large jump; while it
 *                              is above zero the cell's lots are followed up (0 = off). See {@code burstFullAt}
 * @param burstFullAt           burst statistic (nats) at which every lot of the cell is followed up; below it the
 *                              followed-up share is e^(S − burstFullAt), the posterior odds of a jump relative to
 *                              those at which the cell would be inspected in full
 * @param riskAdjusted          each cell's charts weigh a result against the lot's own probability (the scorecard's
 *                              when the lot was chosen), its odds raised by {@code baselineUpperZ} posterior sds of
 *                              the cell's log-odds and by the cell's observed ÷ expected failures where the scorecard
 *                              under-rates it, rather than against one baseline rate of the cell (false = that)
 */
public record RiskEngineConfig(double halfLifeDays, double recentHalfLifeDays, double explorationShare,
                               Set<String> mandatoryHsPrefixes, Map<Hazard, Double> severityWeights, int refitEveryDays,
                               int trainingWindow, double cusumOddsRatio, double[] levelThresholds,
                               double baselineUpperZ, Set<CellKind> monitoredKinds, boolean autoConfirmAtOrange,
                               double tightenedIntensity, double reducedIntensity, double changePriorOdds,
                               double thompsonScale, double[] followUpShares, int surveillanceDays,
                               double surveillanceShare, double minBaselineForOrange, double burstOddsRatio,
                               double burstFullAt, boolean riskAdjusted) {

    public RiskEngineConfig {
        mandatoryHsPrefixes = Set.copyOf(mandatoryHsPrefixes);
        severityWeights = Map.copyOf(severityWeights);
        monitoredKinds = Set.copyOf(monitoredKinds);
        levelThresholds = levelThresholds.clone();
        followUpShares = followUpShares.clone();
        if (followUpShares.length != 2) {
            throw new IllegalArgumentException("two follow-up shares: blue, yellow");
        }
        if (levelThresholds.length != 4) {
            throw new IllegalArgumentException("four thresholds: blue, yellow, orange, red");
        }
        for (int i = 1; i < 4; i++) {
            if (levelThresholds[i] <= levelThresholds[i - 1]) {
                throw new IllegalArgumentException("warning thresholds must rise from blue to red");
            }
        }
        if (halfLifeDays <= 0 || recentHalfLifeDays <= 0) {
            throw new IllegalArgumentException("half-lives must be positive");
        }
        if (explorationShare < 0 || explorationShare > 1) {
            throw new IllegalArgumentException("exploration share must be within [0, 1]");
        }
        if (burstOddsRatio != 0 && burstOddsRatio <= 1) {
            throw new IllegalArgumentException("the burst chart must look for a rise: odds ratio > 1 (or 0 = off)");
        }
        if (cusumOddsRatio <= 1) {
            throw new IllegalArgumentException("the CUSUM must look for a rise: odds ratio > 1");
        }
    }

    public static RiskEngineConfig defaults() {
        Map<Hazard, Double> weights = new EnumMap<>(Hazard.class);
        for (Hazard h : Hazard.values()) {
            weights.put(h, 1.0);
        }
        return new RiskEngineConfig(180, 28, 0.10, Set.of(), weights, 7, 200_000, 4.0, new double[] {2.5, 4.5, 9.0,
                12.0}, 1.0, EnumSet.of(CellKind.HEADING_ORIGIN, CellKind.CONSIGNEE), false, 1.5, 0.6, 0.01, 0.0,
                new double[] {0.0, 0.0}, 14, 0.0, 20, 0.0, 4.0, true);
    }

    @Override
    public double[] levelThresholds() {
        return levelThresholds.clone();
    }

    @Override
    public double[] followUpShares() {
        return followUpShares.clone();
    }

    public double threshold(WarningLevel level) {
        return levelThresholds[level.ordinal() - 1];
    }

    public RiskEngineConfig withLevelThresholds(double blue, double yellow, double orange, double red) {
        return withLevelThresholds(new double[] {blue, yellow, orange, red});
    }

    public RiskEngineConfig withHalfLifeDays(double value) {
        return new RiskEngineConfig(value, recentHalfLifeDays, explorationShare, mandatoryHsPrefixes, severityWeights,
                refitEveryDays, trainingWindow, cusumOddsRatio, levelThresholds, baselineUpperZ, monitoredKinds,
                autoConfirmAtOrange, tightenedIntensity, reducedIntensity, changePriorOdds, thompsonScale,
                followUpShares, surveillanceDays, surveillanceShare, minBaselineForOrange, burstOddsRatio, burstFullAt,
                riskAdjusted);
    }

    public RiskEngineConfig withRecentHalfLifeDays(double value) {
        return new RiskEngineConfig(halfLifeDays, value, explorationShare, mandatoryHsPrefixes, severityWeights,
                refitEveryDays, trainingWindow, cusumOddsRatio, levelThresholds, baselineUpperZ, monitoredKinds,
                autoConfirmAtOrange, tightenedIntensity, reducedIntensity, changePriorOdds, thompsonScale,
                followUpShares, surveillanceDays, surveillanceShare, minBaselineForOrange, burstOddsRatio, burstFullAt,
                riskAdjusted);
    }

    public RiskEngineConfig withExplorationShare(double value) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, value, mandatoryHsPrefixes, severityWeights,
                refitEveryDays, trainingWindow, cusumOddsRatio, levelThresholds, baselineUpperZ, monitoredKinds,
                autoConfirmAtOrange, tightenedIntensity, reducedIntensity, changePriorOdds, thompsonScale,
                followUpShares, surveillanceDays, surveillanceShare, minBaselineForOrange, burstOddsRatio, burstFullAt,
                riskAdjusted);
    }

    public RiskEngineConfig withMandatoryHsPrefixes(Set<String> value) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, explorationShare, value, severityWeights,
                refitEveryDays, trainingWindow, cusumOddsRatio, levelThresholds, baselineUpperZ, monitoredKinds,
                autoConfirmAtOrange, tightenedIntensity, reducedIntensity, changePriorOdds, thompsonScale,
                followUpShares, surveillanceDays, surveillanceShare, minBaselineForOrange, burstOddsRatio, burstFullAt,
                riskAdjusted);
    }

    public RiskEngineConfig withSeverityWeights(Map<Hazard, Double> value) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, explorationShare, mandatoryHsPrefixes, value,
                refitEveryDays, trainingWindow, cusumOddsRatio, levelThresholds, baselineUpperZ, monitoredKinds,
                autoConfirmAtOrange, tightenedIntensity, reducedIntensity, changePriorOdds, thompsonScale,
                followUpShares, surveillanceDays, surveillanceShare, minBaselineForOrange, burstOddsRatio, burstFullAt,
                riskAdjusted);
    }

    public RiskEngineConfig withRefitEveryDays(int value) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, explorationShare, mandatoryHsPrefixes,
                severityWeights, value, trainingWindow, cusumOddsRatio, levelThresholds, baselineUpperZ, monitoredKinds,
                autoConfirmAtOrange, tightenedIntensity, reducedIntensity, changePriorOdds, thompsonScale,
                followUpShares, surveillanceDays, surveillanceShare, minBaselineForOrange, burstOddsRatio, burstFullAt,
                riskAdjusted);
    }

    public RiskEngineConfig withTrainingWindow(int value) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, explorationShare, mandatoryHsPrefixes,
                severityWeights, refitEveryDays, value, cusumOddsRatio, levelThresholds, baselineUpperZ, monitoredKinds,
                autoConfirmAtOrange, tightenedIntensity, reducedIntensity, changePriorOdds, thompsonScale,
                followUpShares, surveillanceDays, surveillanceShare, minBaselineForOrange, burstOddsRatio, burstFullAt,
                riskAdjusted);
    }

    public RiskEngineConfig withCusumOddsRatio(double value) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, explorationShare, mandatoryHsPrefixes,
                severityWeights, refitEveryDays, trainingWindow, value, levelThresholds, baselineUpperZ, monitoredKinds,
                autoConfirmAtOrange, tightenedIntensity, reducedIntensity, changePriorOdds, thompsonScale,
                followUpShares, surveillanceDays, surveillanceShare, minBaselineForOrange, burstOddsRatio, burstFullAt,
                riskAdjusted);
    }

    public RiskEngineConfig withLevelThresholds(double[] value) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, explorationShare, mandatoryHsPrefixes,
                severityWeights, refitEveryDays, trainingWindow, cusumOddsRatio, value, baselineUpperZ, monitoredKinds,
                autoConfirmAtOrange, tightenedIntensity, reducedIntensity, changePriorOdds, thompsonScale,
                followUpShares, surveillanceDays, surveillanceShare, minBaselineForOrange, burstOddsRatio, burstFullAt,
                riskAdjusted);
    }

    public RiskEngineConfig withBaselineUpperZ(double value) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, explorationShare, mandatoryHsPrefixes,
                severityWeights, refitEveryDays, trainingWindow, cusumOddsRatio, levelThresholds, value, monitoredKinds,
                autoConfirmAtOrange, tightenedIntensity, reducedIntensity, changePriorOdds, thompsonScale,
                followUpShares, surveillanceDays, surveillanceShare, minBaselineForOrange, burstOddsRatio, burstFullAt,
                riskAdjusted);
    }

    public RiskEngineConfig withMonitoredKinds(Set<CellKind> value) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, explorationShare, mandatoryHsPrefixes,
                severityWeights, refitEveryDays, trainingWindow, cusumOddsRatio, levelThresholds, baselineUpperZ, value,
                autoConfirmAtOrange, tightenedIntensity, reducedIntensity, changePriorOdds, thompsonScale,
                followUpShares, surveillanceDays, surveillanceShare, minBaselineForOrange, burstOddsRatio, burstFullAt,
                riskAdjusted);
    }

    public RiskEngineConfig withAutoConfirmAtOrange(boolean value) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, explorationShare, mandatoryHsPrefixes,
                severityWeights, refitEveryDays, trainingWindow, cusumOddsRatio, levelThresholds, baselineUpperZ,
                monitoredKinds, value, tightenedIntensity, reducedIntensity, changePriorOdds, thompsonScale,
                followUpShares, surveillanceDays, surveillanceShare, minBaselineForOrange, burstOddsRatio, burstFullAt,
                riskAdjusted);
    }

    public RiskEngineConfig withTightenedIntensity(double value) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, explorationShare, mandatoryHsPrefixes,
                severityWeights, refitEveryDays, trainingWindow, cusumOddsRatio, levelThresholds, baselineUpperZ,
                monitoredKinds, autoConfirmAtOrange, value, reducedIntensity, changePriorOdds, thompsonScale,
                followUpShares, surveillanceDays, surveillanceShare, minBaselineForOrange, burstOddsRatio, burstFullAt,
                riskAdjusted);
    }

    public RiskEngineConfig withReducedIntensity(double value) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, explorationShare, mandatoryHsPrefixes,
                severityWeights, refitEveryDays, trainingWindow, cusumOddsRatio, levelThresholds, baselineUpperZ,
                monitoredKinds, autoConfirmAtOrange, tightenedIntensity, value, changePriorOdds, thompsonScale,
                followUpShares, surveillanceDays, surveillanceShare, minBaselineForOrange, burstOddsRatio, burstFullAt,
                riskAdjusted);
    }

    public RiskEngineConfig withChangePriorOdds(double value) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, explorationShare, mandatoryHsPrefixes,
                severityWeights, refitEveryDays, trainingWindow, cusumOddsRatio, levelThresholds, baselineUpperZ,
                monitoredKinds, autoConfirmAtOrange, tightenedIntensity, reducedIntensity, value, thompsonScale,
                followUpShares, surveillanceDays, surveillanceShare, minBaselineForOrange, burstOddsRatio, burstFullAt,
                riskAdjusted);
    }

    public RiskEngineConfig withThompsonScale(double value) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, explorationShare, mandatoryHsPrefixes,
                severityWeights, refitEveryDays, trainingWindow, cusumOddsRatio, levelThresholds, baselineUpperZ,
                monitoredKinds, autoConfirmAtOrange, tightenedIntensity, reducedIntensity, changePriorOdds, value,
                followUpShares, surveillanceDays, surveillanceShare, minBaselineForOrange, burstOddsRatio, burstFullAt,
                riskAdjusted);
    }

    public RiskEngineConfig withFollowUpShares(double[] value) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, explorationShare, mandatoryHsPrefixes,
                severityWeights, refitEveryDays, trainingWindow, cusumOddsRatio, levelThresholds, baselineUpperZ,
                monitoredKinds, autoConfirmAtOrange, tightenedIntensity, reducedIntensity, changePriorOdds,
                thompsonScale, value, surveillanceDays, surveillanceShare, minBaselineForOrange, burstOddsRatio,
                burstFullAt, riskAdjusted);
    }

    public RiskEngineConfig withSurveillanceDays(int value) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, explorationShare, mandatoryHsPrefixes,
                severityWeights, refitEveryDays, trainingWindow, cusumOddsRatio, levelThresholds, baselineUpperZ,
                monitoredKinds, autoConfirmAtOrange, tightenedIntensity, reducedIntensity, changePriorOdds,
                thompsonScale, followUpShares, value, surveillanceShare, minBaselineForOrange, burstOddsRatio,
                burstFullAt, riskAdjusted);
    }

    public RiskEngineConfig withSurveillanceShare(double value) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, explorationShare, mandatoryHsPrefixes,
                severityWeights, refitEveryDays, trainingWindow, cusumOddsRatio, levelThresholds, baselineUpperZ,
                monitoredKinds, autoConfirmAtOrange, tightenedIntensity, reducedIntensity, changePriorOdds,
                thompsonScale, followUpShares, surveillanceDays, value, minBaselineForOrange, burstOddsRatio,
                burstFullAt, riskAdjusted);
    }

    public RiskEngineConfig withMinBaselineForOrange(double value) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, explorationShare, mandatoryHsPrefixes,
                severityWeights, refitEveryDays, trainingWindow, cusumOddsRatio, levelThresholds, baselineUpperZ,
                monitoredKinds, autoConfirmAtOrange, tightenedIntensity, reducedIntensity, changePriorOdds,
                thompsonScale, followUpShares, surveillanceDays, surveillanceShare, value, burstOddsRatio, burstFullAt,
                riskAdjusted);
    }

    public RiskEngineConfig withBurstFollowUp(double oddsRatio, double fullAt) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, explorationShare, mandatoryHsPrefixes,
                severityWeights, refitEveryDays, trainingWindow, cusumOddsRatio, levelThresholds, baselineUpperZ,
                monitoredKinds, autoConfirmAtOrange, tightenedIntensity, reducedIntensity, changePriorOdds,
                thompsonScale, followUpShares, surveillanceDays, surveillanceShare, minBaselineForOrange, oddsRatio,
                fullAt, riskAdjusted);
    }

    public RiskEngineConfig withRiskAdjusted(boolean value) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, explorationShare, mandatoryHsPrefixes,
                severityWeights, refitEveryDays, trainingWindow, cusumOddsRatio, levelThresholds, baselineUpperZ,
                monitoredKinds, autoConfirmAtOrange, tightenedIntensity, reducedIntensity, changePriorOdds,
                thompsonScale, followUpShares, surveillanceDays, surveillanceShare, minBaselineForOrange,
                burstOddsRatio, burstFullAt, value);
    }
}
