package org.qualityguard.risk.switching;

import org.qualityguard.risk.SwitchingState;

/** One edge of the switching table and the past-tense event it emits. */
public record Transition(SwitchingState from, Trigger trigger, SwitchingState to, String emits) {
}
