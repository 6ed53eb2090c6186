package org.qualityguard.risk.history;

import org.qualityguard.risk.CellKind;

/**
 * A lot reduced to what scoring needs: the id of its cell of every {@link CellKind} (indexed by ordinal) and a few
 * flags read at declaration. Encoding pays for string hashing once; scoring then touches only primitive arrays.
 */
public final class EncodedLot {

    public static final int FIRST_IMPORT = 1;
    public static final int NEW_CONSIGNEE = 2;
    public static final int TIGHTENED = 4;

    public final int[] cells = new int[CellKind.COUNT];
    public final int day;
    public final int chapter;
    int flags;

    EncodedLot(int day, int chapter) {
        this.day = day;
        this.chapter = chapter;
    }

    public int cell(CellKind kind) {
        return cells[kind.ordinal()];
    }

    public boolean firstImport() {
        return (flags & FIRST_IMPORT) != 0;
    }

    /** Whether the lot's stream was on tightened inspection when the lot was planned (set by the engine). */
    public boolean tightened() {
        return (flags & TIGHTENED) != 0;
    }

    public void markTightened(boolean on) {
        flags = on ? flags | TIGHTENED : flags & ~TIGHTENED;
    }

    public boolean newConsignee() {
        return (flags & NEW_CONSIGNEE) != 0;
    }
}
