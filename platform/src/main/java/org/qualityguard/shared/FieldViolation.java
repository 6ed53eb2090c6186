package org.qualityguard.shared;

import java.util.List;

/** A violation located in the input: the field (and, for a file, the row: 1 is the header) it concerns. */
public record FieldViolation(int row, String field, Violation violation) {

    /** At most this many violations are reported back, with their total count: enough to fix a file by. */
    public static final int REPORTED = 1_000;

    /** The first {@link #REPORTED} of the violations, in their order. */
    public static List<FieldViolation> reported(List<FieldViolation> violations) {
        return violations.size() <= REPORTED ? violations : List.copyOf(violations.subList(0, REPORTED));
    }

    public static FieldViolation of(String field, Violation violation) {
        return new FieldViolation(0, field, violation);
    }

    public FieldViolation atRow(int row) {
        return new FieldViolation(row, field, violation);
    }
}
