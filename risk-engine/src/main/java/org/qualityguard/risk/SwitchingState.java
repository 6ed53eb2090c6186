package org.qualityguard.risk;

/** GB/T 2828.1 (ISO 2859-1) inspection severity of a consignee × HS heading stream. */
public enum SwitchingState {
    NORMAL, TIGHTENED, REDUCED, DISCONTINUED;

    private static final SwitchingState[] VALUES = values();

    public static SwitchingState ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
