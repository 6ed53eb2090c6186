package org.qualityguard.supervision.domain;

/** Which scoring table grades an enterprise: food producers and special-equipment users have their own. */
public enum Regime {
    FOOD, SPECIAL_EQUIPMENT
}
