package org.qualityguard.identity;

/**
 * What an organisation is, as the power list names who may exercise an item: an administrative bureau of market
 * (quality and technical) supervision, an entry-exit inspection and quarantine bureau, a technical institution
 * (special-equipment inspection institute, metrology institute) acting under a bureau's authority, or a partner agency.
 */
public enum OrganisationKind {
    MARKET_SUPERVISION, INSPECTION_QUARANTINE, TECHNICAL_INSTITUTION, PARTNER_AGENCY
}
