package org.qualityguard.calendar;

/**
 * Which act a statutory clock belongs to: the kind of act (the owning module's word, e.g. {@code power.act},
 * {@code enforcement.case}) and its id there. An act has at most one clock.
 */
public record ClockId(String actType, String actId) {
    public ClockId {
        if (actType == null || actType.isBlank() || actId == null || actId.isBlank()) {
            throw new IllegalArgumentException("a clock names its act's type and id");
        }
    }

    @Override
    public String toString() {
        return actType + ":" + actId;
    }
}
