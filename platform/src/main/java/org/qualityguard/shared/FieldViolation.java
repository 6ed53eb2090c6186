package org.qualityguard.shared;

/** A violation located in the input: the field (and, for a file, the row: 1 is the header) it concerns. */
public record FieldViolation(int row, String field, Violation violation) {

    public static FieldViolation of(String field, Violation violation) {
        return new FieldViolation(0, field, violation);
    }

    public FieldViolation atRow(int row) {
        return new FieldViolation(row, field, violation);
    }
}
