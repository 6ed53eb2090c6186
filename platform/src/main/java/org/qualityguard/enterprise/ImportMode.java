package org.qualityguard.enterprise;

/** What to do with a file that has invalid rows. */
public enum ImportMode {
    /** Write nothing unless every row is valid: the default. */
    ALL_OR_NOTHING,
    /** Write the valid rows and report the others; the user must choose this explicitly. */
    VALID_ROWS_ONLY
}
