package org.qualityguard.risk;

/** The verdict of an inspection of one lot. */
public enum Outcome {
    PASS, FAIL;

    public boolean failed() {
        return this == FAIL;
    }
}
