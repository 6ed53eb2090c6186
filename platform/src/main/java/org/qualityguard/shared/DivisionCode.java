package org.qualityguard.shared;

/**
 * A GB/T 2260 administrative division code: six digits, two each for province, prefecture-level city and county.
 * A city's code ends in 00, a province's in 0000.
 */
public record DivisionCode(String value) implements java.io.Serializable {

    public DivisionCode {
        if (value == null || value.isEmpty()) {
            throw new InvalidCodeException(new Violation("E1001", "code.required"));
        }
        if (!value.matches("\\d{6}")) {
            throw new InvalidCodeException(new Violation("E1010", "division.format", value));
        }
        if (value.startsWith("00") || (!value.endsWith("0000") && value.startsWith("00", 2))) {
            throw new InvalidCodeException(new Violation("E1011", "division.structure", value));
        }
    }

    public static DivisionCode parse(String raw) {
        return new DivisionCode(raw == null ? null : raw.strip());
    }

    public DivisionLevel level() {
        if (value.endsWith("0000")) {
            return DivisionLevel.PROVINCE;
        }
        return value.endsWith("00") ? DivisionLevel.CITY : DivisionLevel.COUNTY;
    }

    /** The division one level up; a province is its own parent. */
    public DivisionCode parent() {
        return switch (level()) {
            case PROVINCE -> this;
            case CITY -> new DivisionCode(value.substring(0, 2) + "0000");
            case COUNTY -> new DivisionCode(value.substring(0, 4) + "00");
        };
    }

    /** The province this division lies in (a province is its own). */
    public DivisionCode province() {
        return new DivisionCode(value.substring(0, 2) + "0000");
    }

    /** The lowest division that contains both this one and the other, e.g. 苏州市 for 姑苏区 and 太仓市. */
    public DivisionCode commonAncestor(DivisionCode other) {
        DivisionCode a = this;
        while (!a.scope().includes(other)) {
            if (a.level() == DivisionLevel.PROVINCE) {
                throw new IllegalArgumentException(this + " and " + other + " lie in different provinces");
            }
            a = a.parent();
        }
        return a;
    }

    /** Every division code this division contains, itself included, as an inclusive range of codes. */
    public DivisionScope scope() {
        String prefix = switch (level()) {
            case PROVINCE -> value.substring(0, 2);
            case CITY -> value.substring(0, 4);
            case COUNTY -> value;
        };
        return new DivisionScope(this, prefix);
    }

    @Override
    public String toString() {
        return value;
    }
}
