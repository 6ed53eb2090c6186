package org.qualityguard.enterprise;

/** How many food producers and special-equipment users are registered in one division (county), for coverage. */
public record DivisionEnterprises(String divisionCode, long foodProducers, long specialEquipmentUsers) {
}
