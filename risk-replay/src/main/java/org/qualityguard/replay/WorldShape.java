package org.qualityguard.replay;

/**
 * The parameters of a generated world. {@link #legacy} is the world {@code generate --lots --weeks --seed} has always
 * written (the same file, byte for byte); {@link WorldFamily} lists the fixed members the engine is judged on.
 *
 * @param baseRate                 the overall failure rate the intercept is calibrated to; NaN keeps the legacy fixed
 *                                 intercept (−4.0 log-odds)
 * @param badConsigneeShare        share of consignees that are bad actors
 * @param badConsigneeLogOdds      a bad actor's mean log-odds effect (sd 0.7); the rest have sd 0.35 around 0
 * @param badManufacturerShare     share of new manufacturers that are bad (mean log-odds 1.2, sd 0.6)
 * @param lotsPerConsignee         lots per consignee on average: high gives few busy consignees, low a thin long tail
 * @param consigneeVolumeSigma     sd of the log of a consignee's volume weight (the tail's length)
 * @param giants                   consignees (the first ones) whose volume is raised so that together they declare
 * @param giantShare               this share of all lots
 * @param entrantShare             share of consignees entering during the period (on average {@code entrantPenalty}
 *                                 log-odds worse)
 * @param exitShare                share of consignees leaving during the period
 * @param driftScale               multiplies the sd of the linear drift per origin and per heading (0.3 a year)
 * @param walkSd                   sd of a consignee's random walk step every four weeks
 * @param seasonScale              multiplies the per-chapter seasonal amplitude (up to 0.6 log-odds)
 * @param eventsPerKind            events on origin × heading flows, and as many on consignees; −1 for the legacy 2
 *                                 (4 from 500,000 lots)
 * @param eventLogOddsLow          an event multiplies the odds by e^u, u uniform in [low, high]
 * @param flowMinPerWeek           an origin × heading event's flow declares this many lots a week during the event
 * @param consigneeMinPerWeek      the same for a consignee event
 */
record WorldShape(long lots, int weeks, long seed, double baseRate, double badConsigneeShare,
                  double badConsigneeLogOdds, double badManufacturerShare, double lotsPerConsignee,
                  double consigneeVolumeSigma, int giants, double giantShare, double entrantShare,
                  double entrantPenalty, double exitShare, double driftScale, double walkSd, double seasonScale,
                  int eventsPerKind, double eventLogOddsLow, double eventLogOddsHigh, double flowMinPerWeek,
                  double flowMaxPerWeek, double consigneeMinPerWeek, double consigneeMaxPerWeek) {

    WorldShape {
        if (lots < 1000 || weeks < 8) {
            throw new IllegalArgumentException("a world needs at least 1,000 lots and 8 weeks");
        }
        if (!Double.isNaN(baseRate) && !(baseRate > 0 && baseRate < 0.5)) {
            throw new IllegalArgumentException("base rate must be in (0, 0.5): " + baseRate);
        }
        if (giants < 0 || giantShare < 0 || giantShare >= 1 || (giants == 0) != (giantShare == 0)) {
            throw new IllegalArgumentException("giants and their share go together, share below 1");
        }
        if (eventLogOddsHigh < eventLogOddsLow || flowMaxPerWeek < flowMinPerWeek
                || consigneeMaxPerWeek < consigneeMinPerWeek) {
            throw new IllegalArgumentException("event ranges must not be empty");
        }
    }

    /** The world the generator wrote before there was a family: fixed intercept, the original constants. */
    static WorldShape legacy(long lots, int weeks, long seed) {
        return new Builder(lots, weeks, seed).build();
    }

    static Builder builder(long lots, int weeks, long seed) {
        return new Builder(lots, weeks, seed);
    }

    int eventsPerKindOrDefault() {
        return eventsPerKind >= 0 ? eventsPerKind : lots >= 500_000 ? 4 : 2;
    }

    /** Starts from the legacy constants; each setter changes one aspect of the world. */
    static final class Builder {
        private final long lots;
        private final int weeks;
        private final long seed;
        private double baseRate = Double.NaN;
        private double badShare = 0.15;
        private double badLogOdds = 1.5;
        private double badManufacturerShare = 0.10;
        private double perConsignee = 60;
        private double volumeSigma = 1.5;
        private int giants;
        private double giantShare;
        private double entrants = 0.35;
        private double entrantPenalty = 0.3;
        private double exits = 0.15;
        private double drift = 1.0;
        private double walk = 0.12;
        private double season = 1.0;
        private int eventsPerKind = -1;
        private double logOddsLow = 1.5;
        private double logOddsHigh = 2.5;
        private double flowMin = 15;
        private double flowMax = 120;
        private double consigneeMin = 10;
        private double consigneeMax = 60;

        private Builder(long lots, int weeks, long seed) {
            this.lots = lots;
            this.weeks = weeks;
            this.seed = seed;
        }

        Builder baseRate(double v) {
            baseRate = v;
            return this;
        }

        /** Bad-actor consignees (their share and mean log-odds effect) and the share of bad manufacturers. */
        Builder badActors(double share, double logOdds, double manufacturerShare) {
            badShare = share;
            badLogOdds = logOdds;
            badManufacturerShare = manufacturerShare;
            return this;
        }

        /** How volume spreads over consignees: lots per consignee, the tail's sd, a few giants and their share. */
        Builder volumes(double lotsPerConsignee, double sigma, int giantCount, double giantsShare) {
            perConsignee = lotsPerConsignee;
            volumeSigma = sigma;
            giants = giantCount;
            giantShare = giantsShare;
            return this;
        }

        Builder turnover(double entrantShare, double penalty, double exitShare) {
            entrants = entrantShare;
            entrantPenalty = penalty;
            exits = exitShare;
            return this;
        }

        /** Change over time: drift scale, the consignees' random-walk step, seasonality scale. */
        Builder change(double driftScale, double walkSd, double seasonScale) {
            drift = driftScale;
            walk = walkSd;
            season = seasonScale;
            return this;
        }

        /**
         * {@code perKind} events on origin × heading flows and as many on consignees, multiplying the odds by
         * {@code oddsLow} to {@code oddsHigh} (log-uniform), on flows declaring {@code minPerWeek} to
         * {@code maxPerWeek} lots a week during the event.
         */
        Builder events(int perKind, double oddsLow, double oddsHigh, double minPerWeek, double maxPerWeek) {
            eventsPerKind = perKind;
            logOddsLow = Math.log(oddsLow);
            logOddsHigh = Math.log(oddsHigh);
            flowMin = minPerWeek;
            flowMax = maxPerWeek;
            consigneeMin = minPerWeek;
            consigneeMax = maxPerWeek;
            return this;
        }

        WorldShape build() {
            return new WorldShape(lots, weeks, seed, baseRate, badShare, badLogOdds, badManufacturerShare,
                    perConsignee, volumeSigma, giants, giantShare, entrants, entrantPenalty, exits, drift, walk, season,
                    eventsPerKind, logOddsLow, logOddsHigh, flowMin, flowMax, consigneeMin, consigneeMax);
        }
    }
}
