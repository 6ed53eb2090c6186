package org.qualityguard.power;

import java.util.List;

import org.qualityguard.shared.FieldViolation;

/**
 * What an import did: rows read, versions drafted, drafts rewritten, rows that changed nothing (the same code and
 * version already says the same), and the errors by row and column (then nothing was written).
 */
public record CatalogueImport(String filename, int rows, int drafted, int redrafted, int unchanged,
                              List<FieldViolation> errors) {

    public int errorCount() {
        return errors.size();
    }
}
