package org.qualityguard.power;

import org.qualityguard.shared.DivisionCode;

/**
 * An act of an organisation as the guard sees it: the code of the power item it exercises, the organisation acting,
 * and the division the act concerns (where the inspected enterprise, the unit or the port is).
 */
public record Act(String itemCode, ActingOrganisation organisation, DivisionCode division) {
}
