package org.qualityguard.sampling;

import java.time.LocalDate;

/**
 * A failure the enterprise objected to was overturned (the re-test or the objection's review found the sample
 * conforming): what {@link SamplingFailed} started is to be undone — the failure no longer counts in its grade.
 */
public record SamplingFailureOverturned(String sampleNo, String creditCode, LocalDate decidedOn) {
}
