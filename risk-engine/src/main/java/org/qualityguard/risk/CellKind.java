package org.qualityguard.risk;

/**
 * The dimensions along which compliance history is kept. Each lot falls in exactly one cell of every kind.
 * The order matters: a cell's parents always come earlier, so one pass in id order can shrink every cell.
 */
public enum CellKind {
    HS_CHAPTER("HS chapter"),
    HS_HEADING("HS heading"),
    HS_SUBHEADING("HS subheading"),
    HS_CODE("HS code"),
    ORIGIN("origin"),
    CONSIGNEE("consignee"),
    MANUFACTURER("manufacturer"),
    HEADING_ORIGIN("origin × HS heading"),
    CONSIGNEE_HEADING("consignee × HS heading"),
    MANUFACTURER_HEADING("manufacturer × HS heading");

    private static final CellKind[] VALUES = values();
    public static final int COUNT = VALUES.length;

    private final String label;

    CellKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CellKind ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
