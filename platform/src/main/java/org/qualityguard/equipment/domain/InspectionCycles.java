package org.qualityguard.equipment.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many months after a periodic inspection the next one falls due, per kind of equipment and, for pressure
 * vessels and piping, per safety-status level (安全状况等级 1–5). The defaults follow the TSG rules as commonly
 * applied: elevators, passenger ropeways, large amusement devices, in-plant vehicles and boilers (external
 * inspection) yearly; lifting machinery every two years; pressure vessels and piping of level 1–2 every six
 * years, level 3 every three, level 4 monitored yearly, level 5 not to be used (due at once). They are data:
 * an administrator changes them, and a month count of 0 means "due at once".
 */
public final class InspectionCycles {

    /** Index 0 is the cycle when no level is recorded; 1–5 the cycle at that safety-status level. */
    private final int[][] months = new int[EquipmentKind.values().length][6];

    public InspectionCycles(Map<EquipmentKind, int[]> cycles) {
        for (EquipmentKind kind : EquipmentKind.values()) {
            int[] byLevel = cycles.get(kind);
            if (byLevel == null || byLevel.length != 6) {
                throw new IllegalArgumentException("cycles for " + kind + " must name 6 values (none, levels 1–5)");
            }
            System.arraycopy(byLevel, 0, months[kind.ordinal()], 0, 6);
        }
    }

    public static InspectionCycles defaults() {
        Map<EquipmentKind, int[]> c = new EnumMap<>(EquipmentKind.class);
        c.put(EquipmentKind.BOILER, new int[] {12, 12, 12, 12, 12, 12});
        c.put(EquipmentKind.PRESSURE_VESSEL, new int[] {36, 72, 72, 36, 12, 0});
        c.put(EquipmentKind.PRESSURE_PIPING, new int[] {36, 72, 72, 36, 12, 0});
        c.put(EquipmentKind.ELEVATOR, new int[] {12, 12, 12, 12, 12, 12});
        c.put(EquipmentKind.LIFTING_MACHINERY, new int[] {24, 24, 24, 24, 24, 24});
        c.put(EquipmentKind.PASSENGER_ROPEWAY, new int[] {12, 12, 12, 12, 12, 12});
        c.put(EquipmentKind.LARGE_AMUSEMENT_DEVICE, new int[] {12, 12, 12, 12, 12, 12});
        c.put(EquipmentKind.IN_PLANT_VEHICLE, new int[] {12, 12, 12, 12, 12, 12});
        return new InspectionCycles(c);
    }

    /** @param safetyLevel 1–5, or 0 when none is recorded */
    public int monthsFor(EquipmentKind kind, int safetyLevel) {
        return months[kind.ordinal()][safetyLevel];
    }

    public int[] copyOf(EquipmentKind kind) {
        return months[kind.ordinal()].clone();
    }

    /**
     * The next due date as an epoch day. After a passed inspection: its date plus the cycle. After a failed one:
     * the inspection date itself (a re-inspection is due at once). Never inspected: commissioning plus the cycle.
     *
     * @param lastInspection epoch day of the last periodic inspection, or {@link Integer#MIN_VALUE} if none
     */
    public int nextDue(EquipmentKind kind, int safetyLevel, int commissioned, int lastInspection, boolean lastFailed) {
        int m = months[kind.ordinal()][safetyLevel];
        if (lastInspection == Integer.MIN_VALUE) {
            return EpochDays.plusMonths(commissioned, m);
        }
        return lastFailed ? lastInspection : EpochDays.plusMonths(lastInspection, m);
    }
}
