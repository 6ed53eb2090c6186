package org.qualityguard.equipment;

import java.util.List;

import org.qualityguard.shared.FieldViolation;

/**
 * What an import did: rows read, units created or updated, and the row errors (nothing written if any): the first
 * {@link FieldViolation#REPORTED} of {@code errorCount}.
 */
public record UnitImportResult(String filename, int rows, int created, int updated, int errorCount,
                               List<FieldViolation> errors) {

    public UnitImportResult(String filename, int rows, int created, int updated, List<FieldViolation> allErrors) {
        this(filename, rows, created, updated, allErrors.size(), FieldViolation.reported(allErrors));
    }
}
