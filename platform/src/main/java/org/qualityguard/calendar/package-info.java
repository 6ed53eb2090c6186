/**
 * The working-day calendar as kept data (public holidays and adjusted working days per year, drafted and published
 * by a province administrator) and the statutory clocks of acts, stored as their events and counted on it.
 */
package org.qualityguard.calendar;
