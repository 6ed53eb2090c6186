package org.qualityguard.equipment;

import java.util.List;

import org.qualityguard.shared.FieldViolation;

/** What an import did: rows read, units created or updated, and every row error (nothing written if any). */
public record UnitImportResult(String filename, int rows, int created, int updated, List<FieldViolation> errors) {
}
