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
 * @param yellowIntensity       priority multiplier of lots in a cell with a yellow (unconfirmed) warning: look closer
 * @param uncertaintyBonus      optimism for thin cells: adds this many standard errors of the consignee × heading and
 *                              origin × heading rate to the priority (not to the probability), so streams nobody has
 *                              looked at lately still get looked at
 */
public record RiskEngineConfig(double halfLifeDays, double recentHalfLifeDays, double explorationShare,
                               Set<String> mandatoryHsPrefixes, Map<Hazard, Double> severityWeights, int refitEveryDays,
                               int trainingWindow, double cusumOddsRatio, double[] levelThresholds,
                               double baselineUpperZ, Set<CellKind> monitoredKinds, boolean autoConfirmAtOrange,
                               double tightenedIntensity, double reducedIntensity, double yellowIntensity,
                               double uncertaintyBonus) {

    public RiskEngineConfig {
        mandatoryHsPrefixes = Set.copyOf(mandatoryHsPrefixes);
        severityWeights = Map.copyOf(severityWeights);
        monitoredKinds = Set.copyOf(monitoredKinds);
        levelThresholds = levelThresholds.clone();
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
        if (cusumOddsRatio <= 1) {
            throw new IllegalArgumentException("the CUSUM must look for a rise: odds ratio > 1");
        }
    }

    public static RiskEngineConfig defaults() {
        Map<Hazard, Double> weights = new EnumMap<>(Hazard.class);
        for (Hazard h : Hazard.values()) {
            weights.put(h, 1.0);
        }
        return new RiskEngineConfig(180, 28, 0.10, Set.of(), weights, 7, 200_000, 4.0,
                new double[] {3.0, 5.0, 8.0, 11.0}, 1.0,
                EnumSet.of(CellKind.HEADING_ORIGIN, CellKind.CONSIGNEE, CellKind.MANUFACTURER), false,
                1.5, 0.6, 3.0, 0.0);
    }

    @Override
    public double[] levelThresholds() {
        return levelThresholds.clone();
    }

    public double threshold(WarningLevel level) {
        return levelThresholds[level.ordinal() - 1];
    }

    public RiskEngineConfig withAutoConfirmAtOrange(boolean auto) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, explorationShare, mandatoryHsPrefixes,
                severityWeights, refitEveryDays, trainingWindow, cusumOddsRatio, levelThresholds, baselineUpperZ,
                monitoredKinds, auto, tightenedIntensity, reducedIntensity, yellowIntensity, uncertaintyBonus);
    }

    public RiskEngineConfig withExplorationShare(double share) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, share, mandatoryHsPrefixes, severityWeights,
                refitEveryDays, trainingWindow, cusumOddsRatio, levelThresholds, baselineUpperZ, monitoredKinds,
                autoConfirmAtOrange, tightenedIntensity, reducedIntensity, yellowIntensity, uncertaintyBonus);
    }

    public RiskEngineConfig withMandatoryHsPrefixes(Set<String> prefixes) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, explorationShare, prefixes, severityWeights,
                refitEveryDays, trainingWindow, cusumOddsRatio, levelThresholds, baselineUpperZ, monitoredKinds,
                autoConfirmAtOrange, tightenedIntensity, reducedIntensity, yellowIntensity, uncertaintyBonus);
    }

    public RiskEngineConfig withLevelThresholds(double blue, double yellow, double orange, double red) {
        return new RiskEngineConfig(halfLifeDays, recentHalfLifeDays, explorationShare, mandatoryHsPrefixes,
                severityWeights, refitEveryDays, trainingWindow, cusumOddsRatio,
                new double[] {blue, yellow, orange, red}, baselineUpperZ, monitoredKinds, autoConfirmAtOrange,
                tightenedIntensity, reducedIntensity, yellowIntensity, uncertaintyBonus);
    }

    public RiskEngineConfig withHalfLifeDays(double days) {
        return new RiskEngineConfig(days, recentHalfLifeDays, explorationShare, mandatoryHsPrefixes, severityWeights,
                refitEveryDays, trainingWindow, cusumOddsRatio, levelThresholds, baselineUpperZ, monitoredKinds,
                autoConfirmAtOrange, tightenedIntensity, reducedIntensity, yellowIntensity, uncertaintyBonus);
    }
}
