/**
 * Staff accounts, roles, organisations placed by GB/T 2260 division, authentication, and the tamper-evident
 * audit trail every other module writes to.
 */
package org.qualityguard.identity;
