package org.qualityguard.enterprise;

import java.util.List;

import org.qualityguard.shared.FieldViolation;

/**
 * What an import did: rows read, enterprises created and updated, rows that changed nothing, rows refused with
 * their errors (the first {@link FieldViolation#REPORTED} of {@code errorCount}), and whether anything was written.
 */
public record ImportResult(String filename, int rows, int created, int updated, int unchanged, int rejected,
                           boolean written, int errorCount, List<FieldViolation> errors) {

    public ImportResult(String filename, int rows, int created, int updated, int unchanged, int rejected,
                        boolean written, List<FieldViolation> allErrors) {
        this(filename, rows, created, updated, unchanged, rejected, written, allErrors.size(),
                FieldViolation.reported(allErrors));
    }
}
