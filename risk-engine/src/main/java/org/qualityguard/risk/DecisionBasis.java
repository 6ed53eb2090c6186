package org.qualityguard.risk;

/**
 * What the engine knew of a lot when it decided on it, kept with the lot so that its result teaches the model what
 * the model saw then (not what it would see later), and so that a restarted engine learns the same from it.
 *
 * @param features          the scorecard's feature vector at decision time
 * @param probability       the probability of failure the engine gave the lot
 * @param explorationWeight the inverse of the lot's chance of being drawn at random if it was, else 0: the weight of
 *                          its result in the unbiased estimate of the non-compliance rate
 */
public record DecisionBasis(float[] features, double probability, double explorationWeight) {

    public DecisionBasis {
        features = features.clone();
    }

    @Override
    public float[] features() {
        return features.clone();
    }
}
