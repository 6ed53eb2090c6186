package org.qualityguard.risk.scoring;

import java.util.Arrays;

/**
 * External signals attached to cells: warnings (set by the warning monitor), partner notifications and consumer
 * complaints. One byte of flags per cell keeps the scoring path to a single array read per watched cell.
 */
public final class CellSignals {

    public static final byte CONFIRMED_WARNING = 1;
    public static final byte YELLOW_WARNING = 2;
    public static final byte PARTNER_NOTIFIED = 4;
    public static final byte COMPLAINED = 8;

    private byte[] flags = new byte[1024];
    private float[] complaints = new float[0];

    public byte flags(int cell) {
        return cell < flags.length ? flags[cell] : 0;
    }

    public void set(int cell, byte flag, boolean on) {
        ensure(cell);
        flags[cell] = (byte) (on ? flags[cell] | flag : flags[cell] & ~flag);
    }

    public void addComplaint(int cell) {
        ensure(cell);
        if (cell >= complaints.length) {
            complaints = Arrays.copyOf(complaints, flags.length);
        }
        complaints[cell]++;
        flags[cell] |= COMPLAINED;
    }

    public double complaints(int cell) {
        return cell < complaints.length ? complaints[cell] : 0.0;
    }

    private void ensure(int cell) {
        if (cell >= flags.length) {
            flags = Arrays.copyOf(flags, Math.max(cell + 1, flags.length + (flags.length >> 1)));
        }
    }
}
