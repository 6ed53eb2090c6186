/**
 * Classified and graded supervision: risk grades A–D from versioned scoring tables, "double random" inspection
 * plans, inspection records against a checklist, and coverage by city and county.
 */
package org.qualityguard.supervision;
