/**
 * The administrative power list run online: the catalogue of power items (drafted, legally reviewed, confirmed,
 * published, amended, suspended, abolished), its import and export, the public list, and the guard every act of an
 * organisation passes. Depends on identity (staff, organisations, permissions, audit trail) and shared only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "shared"})
package org.qualityguard.power;
