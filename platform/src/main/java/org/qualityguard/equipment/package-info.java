/**
 * Special-equipment units in use (boilers, pressure vessels, elevators, cranes, …): registration, periodic
 * inspections, due dates from configurable cycles, overdue and due-soon lists, import.
 */
package org.qualityguard.equipment;
