/**
 * Administrative enforcement (PRODUCT.md §5, 说理式执法): cases opened from a lead (a confirmed warning, a failed sample, or by hand) on
 * a published penalty item, their statutory clocks, the case file of hashed evidence, and reasoned decisions whose
 * every fact cites evidence of the file, within the item's discretion band or on a recorded collective decision.
 * Depends on power (the guard and the published items), calendar (the clocks), enterprise (the party), inspection
 * and sampling (their warnings and failed samples as leads), identity and shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"power", "calendar", "enterprise", "inspection",
        "sampling", "identity", "shared"})
package org.qualityguard.enforcement;
