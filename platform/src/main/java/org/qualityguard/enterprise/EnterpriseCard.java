package org.qualityguard.enterprise;

import org.qualityguard.shared.DivisionCode;

/**
 * What other modules need to know of a registered enterprise: its key, name, division and the regimes it falls
 * under. {@code foodCategoryNumber} is the licence catalogue number ("05" dairy), null unless a food producer.
 */
public record EnterpriseCard(String creditCode, String name, DivisionCode division, boolean foodProducer,
                             boolean specialEquipmentUser, String foodCategoryNumber) {
}
