package org.qualityguard.risk.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qualityguard.risk.Cell;
import org.qualityguard.risk.CellKind;
import org.qualityguard.risk.Lot;

/**
 * Interns cells to dense int ids in order of first sight, so that per-cell state lives in plain arrays. A cell's parents
 * are interned before it, which lets one pass in id order refresh shrunk rates from the top of every hierarchy down.
 */
public final class CellIndex {

    public static final int NO_PARENT = -1;
    private static final int ATTR_BITS = 28;

    private final Map<String, Integer> hsPrefixes = new HashMap<>();
    private final Map<String, Integer> origins = new HashMap<>();
    private final Map<String, Integer> consignees = new HashMap<>();
    private final Map<String, Integer> manufacturers = new HashMap<>();
    private final List<String> hsNames = new ArrayList<>();
    private final List<String> originNames = new ArrayList<>();
    private final List<String> consigneeNames = new ArrayList<>();
    private final List<String> manufacturerNames = new ArrayList<>();
    private final LongIntHashMap ids = new LongIntHashMap(1 << 16);
    /** First imports are judged on declarations, not inspections: consignee × HS subheading × origin seen so far. */
    private final LongIntHashMap declaredFlows = new LongIntHashMap(1 << 16);

    private byte[] kinds = new byte[1024];
    private int[] attrA = new int[1024];
    private int[] attrB = new int[1024];
    private int[] parentA = new int[1024];
    private int[] parentB = new int[1024];
    private int[] declared = new int[1024];
    private final int[][] byKind = new int[CellKind.COUNT][64];
    private final int[] kindSize = new int[CellKind.COUNT];
    private int size;

    public int size() {
        return size;
    }

    public EncodedLot encode(Lot lot) {
        String hs = lot.hsCode();
        int chapterAttr = attr(hsPrefixes, hsNames, hs.substring(0, 2));
        int headingAttr = attr(hsPrefixes, hsNames, hs.substring(0, 4));
        int subheadingAttr = attr(hsPrefixes, hsNames, hs.substring(0, 6));
        int codeAttr = attr(hsPrefixes, hsNames, hs);
        int originAttr = attr(origins, originNames, lot.origin());
        int consigneeAttr = attr(consignees, consigneeNames, lot.consignee());
        int manufacturerAttr = attr(manufacturers, manufacturerNames, lot.manufacturer());

        EncodedLot e = new EncodedLot((int) lot.declaredAt().toEpochDay(), chapterAttr);
        int[] c = e.cells;
        c[CellKind.HS_CHAPTER.ordinal()] = cell(CellKind.HS_CHAPTER, chapterAttr, 0, NO_PARENT, NO_PARENT);
        c[CellKind.HS_HEADING.ordinal()] = cell(CellKind.HS_HEADING, headingAttr, 0, c[0], NO_PARENT);
        c[CellKind.HS_SUBHEADING.ordinal()] = cell(CellKind.HS_SUBHEADING, subheadingAttr, 0, c[1], NO_PARENT);
        c[CellKind.HS_CODE.ordinal()] = cell(CellKind.HS_CODE, codeAttr, 0, c[2], NO_PARENT);
        c[CellKind.ORIGIN.ordinal()] = cell(CellKind.ORIGIN, originAttr, 0, NO_PARENT, NO_PARENT);
        c[CellKind.CONSIGNEE.ordinal()] = cell(CellKind.CONSIGNEE, consigneeAttr, 0, NO_PARENT, NO_PARENT);
        c[CellKind.MANUFACTURER.ordinal()] = cell(CellKind.MANUFACTURER, manufacturerAttr, 0, NO_PARENT, NO_PARENT);
        c[CellKind.HEADING_ORIGIN.ordinal()] = cell(CellKind.HEADING_ORIGIN, headingAttr, originAttr, c[1], c[4]);
        c[CellKind.CONSIGNEE_HEADING.ordinal()] =
                cell(CellKind.CONSIGNEE_HEADING, consigneeAttr, headingAttr, c[5], c[1]);
        c[CellKind.MANUFACTURER_HEADING.ordinal()] =
                cell(CellKind.MANUFACTURER_HEADING, manufacturerAttr, headingAttr, c[6], c[1]);

        if (declared[c[CellKind.CONSIGNEE.ordinal()]] == 0) {
            e.flags |= EncodedLot.NEW_CONSIGNEE;
        }
        if (declaredFlows.get(flowKey(consigneeAttr, subheadingAttr, originAttr), 0) == 0) {
            e.flags |= EncodedLot.FIRST_IMPORT;
        }
        return e;
    }

    /** Marks the lot as declared, so that the next lot of its consignee and flow is neither new nor a first import. */
    public void declare(Lot lot, EncodedLot e, int lots) {
        declared[e.cell(CellKind.CONSIGNEE)] += lots;
        int consigneeAttr = attrA[e.cell(CellKind.CONSIGNEE)];
        int subheadingAttr = attrA[e.cell(CellKind.HS_SUBHEADING)];
        int originAttr = attrA[e.cell(CellKind.ORIGIN)];
        long key = flowKey(consigneeAttr, subheadingAttr, originAttr);
        declaredFlows.put(key, declaredFlows.get(key, 0) + lots);
    }

    /** Lots declared by the consignee of a CONSIGNEE cell; 0 for other cells. */
    public int declaredLots(int cell) {
        return declared[cell];
    }

    /** The attribute id of an HS prefix (as {@link EncodedLot#chapter} holds for chapters), or -1 if never seen. */
    public int hsAttribute(String prefix) {
        return hsPrefixes.getOrDefault(prefix, -1);
    }

    /** The id of an existing cell, or -1; never interns. */
    public int find(CellKind kind, String a, String b) {
        int attrA;
        int attrB = 0;
        switch (kind) {
            case HS_CHAPTER, HS_HEADING, HS_SUBHEADING, HS_CODE -> attrA = hsPrefixes.getOrDefault(a, -1);
            case ORIGIN -> attrA = origins.getOrDefault(a, -1);
            case CONSIGNEE -> attrA = consignees.getOrDefault(a, -1);
            case MANUFACTURER -> attrA = manufacturers.getOrDefault(a, -1);
            case HEADING_ORIGIN -> {
                attrA = hsPrefixes.getOrDefault(a, -1);
                attrB = origins.getOrDefault(b, -1);
            }
            case CONSIGNEE_HEADING -> {
                attrA = consignees.getOrDefault(a, -1);
                attrB = hsPrefixes.getOrDefault(b, -1);
            }
            case MANUFACTURER_HEADING -> {
                attrA = manufacturers.getOrDefault(a, -1);
                attrB = hsPrefixes.getOrDefault(b, -1);
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        if (attrA < 0 || attrB < 0) {
            return -1;
        }
        return ids.get(key(kind, attrA, attrB), -1);
    }

    public CellKind kind(int cell) {
        return CellKind.ofOrdinal(kinds[cell]);
    }

    public int kindOrdinal(int cell) {
        return kinds[cell];
    }

    public int parentA(int cell) {
        return parentA[cell];
    }

    public int parentB(int cell) {
        return parentB[cell];
    }

    public Cell describe(int cell) {
        CellKind kind = kind(cell);
        int a = attrA[cell];
        int b = attrB[cell];
        return switch (kind) {
            case HS_CHAPTER, HS_HEADING, HS_SUBHEADING, HS_CODE -> new Cell(kind, hsNames.get(a), null, null, null);
            case ORIGIN -> new Cell(kind, null, originNames.get(a), null, null);
            case CONSIGNEE -> new Cell(kind, null, null, consigneeNames.get(a), null);
            case MANUFACTURER -> new Cell(kind, null, null, null, manufacturerNames.get(a));
            case HEADING_ORIGIN -> new Cell(kind, hsNames.get(a), originNames.get(b), null, null);
            case CONSIGNEE_HEADING -> new Cell(kind, hsNames.get(b), null, consigneeNames.get(a), null);
            case MANUFACTURER_HEADING -> new Cell(kind, hsNames.get(b), null, null, manufacturerNames.get(a));
        };
    }

    public int find(Cell cell) {
        return switch (cell.kind()) {
            case HS_CHAPTER, HS_HEADING, HS_SUBHEADING, HS_CODE -> find(cell.kind(), cell.hsPrefix(), null);
            case ORIGIN -> find(cell.kind(), cell.origin(), null);
            case CONSIGNEE -> find(cell.kind(), cell.consignee(), null);
            case MANUFACTURER -> find(cell.kind(), cell.manufacturer(), null);
            case HEADING_ORIGIN -> find(cell.kind(), cell.hsPrefix(), cell.origin());
            case CONSIGNEE_HEADING -> find(cell.kind(), cell.consignee(), cell.hsPrefix());
            case MANUFACTURER_HEADING -> find(cell.kind(), cell.manufacturer(), cell.hsPrefix());
        };
    }

    /**
     * The id of a watched cell (origin × heading, consignee, manufacturer, consignee × heading), interning it and its
     * parents if no lot has reached it yet, as {@link #encode} would have.
     */
    public int intern(Cell cell) {
        return switch (cell.kind()) {
            case CONSIGNEE -> cell(CellKind.CONSIGNEE, attr(consignees, consigneeNames, cell.consignee()), 0,
                    NO_PARENT, NO_PARENT);
            case MANUFACTURER -> cell(CellKind.MANUFACTURER, attr(manufacturers, manufacturerNames,
                    cell.manufacturer()), 0, NO_PARENT, NO_PARENT);
            case HEADING_ORIGIN -> {
                int origin = attr(origins, originNames, cell.origin());
                int originCell = cell(CellKind.ORIGIN, origin, 0, NO_PARENT, NO_PARENT);
                yield cell(CellKind.HEADING_ORIGIN, attr(hsPrefixes, hsNames, cell.hsPrefix()), origin,
                        headingCell(cell.hsPrefix()), originCell);
            }
            case CONSIGNEE_HEADING -> {
                int consignee = attr(consignees, consigneeNames, cell.consignee());
                int consigneeCell = cell(CellKind.CONSIGNEE, consignee, 0, NO_PARENT, NO_PARENT);
                yield cell(CellKind.CONSIGNEE_HEADING, consignee, attr(hsPrefixes, hsNames, cell.hsPrefix()),
                        consigneeCell, headingCell(cell.hsPrefix()));
            }
            default -> throw new IllegalArgumentException("not a watched cell: " + cell.kind());
        };
    }

    private int headingCell(String heading) {
        int chapter = cell(CellKind.HS_CHAPTER, attr(hsPrefixes, hsNames, heading.substring(0, 2)), 0, NO_PARENT,
                NO_PARENT);
        return cell(CellKind.HS_HEADING, attr(hsPrefixes, hsNames, heading), 0, chapter, NO_PARENT);
    }

    private int cell(CellKind kind, int a, int b, int pA, int pB) {
        long key = key(kind, a, b);
        int id = ids.get(key, -1);
        if (id >= 0) {
            return id;
        }
        id = size++;
        if (id == kinds.length) {
            int n = id + (id >> 1);
            kinds = Arrays.copyOf(kinds, n);
            attrA = Arrays.copyOf(attrA, n);
            attrB = Arrays.copyOf(attrB, n);
            parentA = Arrays.copyOf(parentA, n);
            parentB = Arrays.copyOf(parentB, n);
            declared = Arrays.copyOf(declared, n);
        }
        kinds[id] = (byte) kind.ordinal();
        attrA[id] = a;
        attrB[id] = b;
        parentA[id] = pA;
        parentB[id] = pB;
        ids.put(key, id);
        int k = kind.ordinal();
        if (kindSize[k] == byKind[k].length) {
            byKind[k] = Arrays.copyOf(byKind[k], kindSize[k] * 2);
        }
        byKind[k][kindSize[k]++] = id;
        return id;
    }

    /** The ids of a kind's cells, in id order, valid up to {@link #kindSize(int)}; do not modify. */
    public int[] cellsOfKind(int kind) {
        return byKind[kind];
    }

    public int kindSize(int kind) {
        return kindSize[kind];
    }

    private static long key(CellKind kind, int a, int b) {
        return ((long) kind.ordinal() << (2 * ATTR_BITS)) | ((long) a << ATTR_BITS) | b;
    }

    private static long flowKey(int consignee, int subheading, int origin) {
        // 28 + 22 + 12 bits: enough for 268 M consignees, 4 M subheadings and 4,096 origins.
        return ((long) consignee << 34) | ((long) (subheading & 0x3FFFFF) << 12) | (origin & 0xFFF);
    }

    private static int attr(Map<String, Integer> dict, List<String> names, String value) {
        Integer id = dict.get(value);
        if (id != null) {
            return id;
        }
        int next = names.size();
        if (next >= (1 << ATTR_BITS)) {
            throw new IllegalStateException("too many distinct values");
        }
        names.add(value);
        dict.put(value, next);
        return next;
    }
}
