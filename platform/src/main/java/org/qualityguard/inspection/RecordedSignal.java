package org.qualityguard.inspection;

import org.qualityguard.risk.ExternalSignal;

/** A signal as stored and fed to the engine; {@code repeated} when an earlier post had already recorded it. */
public record RecordedSignal(String id, ExternalSignal signal, boolean repeated) {
}
