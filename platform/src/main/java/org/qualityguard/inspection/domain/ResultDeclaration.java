package org.qualityguard.inspection.domain;

import java.util.List;

/** An inspection result as an inspector or a laboratory system sends it, not yet checked (see {@link ResultRules}). */
public record ResultDeclaration(String lotId, String outcome, String hazard, String inspectedOn,
                                List<Measurement> measurements) {

    public ResultDeclaration {
        measurements = measurements == null ? List.of() : List.copyOf(measurements);
    }
}
