package org.qualityguard.enterprise;

import java.util.List;

import org.qualityguard.shared.FieldViolation;

/**
 * What an import did: rows read, enterprises created and updated, rows that changed nothing, rows refused with
 * their errors, and whether anything was written at all.
 */
public record ImportResult(String filename, int rows, int created, int updated, int unchanged, int rejected,
                           boolean written, List<FieldViolation> errors) {
}
