package org.qualityguard.risk;

import java.time.LocalDate;

/** A consignee × HS heading stream changed its GB/T 2828.1 inspection severity. */
public record StreamSwitched(String consignee, String hsHeading, SwitchingState from, SwitchingState to, String event,
                             LocalDate on) {
}
