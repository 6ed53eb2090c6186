/**
 * The administrative power list run online: the catalogue of power items (drafted, legally reviewed, confirmed,
 * published, amended, suspended, abolished), its import and export, the public list, the guard every act of an
 * organisation passes, and electronic supervision (电子监察): every running act's statutory clock, its yellow and red
 * cards, and the supervision notices its unit answers. Depends on identity (staff, organisations, permissions, audit
 * trail), calendar (the acts' clocks) and shared only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "calendar", "shared"})
package org.qualityguard.power;
