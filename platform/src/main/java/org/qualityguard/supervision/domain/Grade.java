package org.qualityguard.supervision.domain;

/** The risk grade: A lowest risk, D highest. It sets how often an enterprise is inspected in a year. */
public enum Grade {
    A, B, C, D
}
