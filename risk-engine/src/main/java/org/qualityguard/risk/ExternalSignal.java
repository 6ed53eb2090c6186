package org.qualityguard.risk;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Outside evidence that a cell's lots may be failing: a partner's notification, a consumer complaint or another
 * bureau's result. The engine scores it into every lot of the cell from its date on, fading with the history's recent
 * half-life (see {@link RiskEngine#signal}).
 *
 * @param cell     the cell it is about, named as the engine names cells; one of the kinds the scorecard watches:
 *                 origin × HS heading, consignee, manufacturer or consignee × HS heading (the heading as 4 digits)
 * @param kind     where it comes from
 * @param strength how much it says, in (0, 1]: 1 for a confirmed finding (a notified rejection, a failed lot at another
 *                 bureau), less for weaker evidence (an unverified complaint); signals on a cell add up
 * @param date     the day it was received; it counts for lots declared on or after that day
 */
public record ExternalSignal(Cell cell, SignalKind kind, double strength, LocalDate date) {

    /** The cell kinds a signal can be about: the cells every lot's scorecard looks at. */
    public static final Set<CellKind> CELL_KINDS = Set.of(CellKind.HEADING_ORIGIN, CellKind.CONSIGNEE,
            CellKind.MANUFACTURER, CellKind.CONSIGNEE_HEADING);
    private static final Pattern HEADING = Pattern.compile("\\d{4}");

    public ExternalSignal {
        if (cell == null || kind == null || date == null) {
            throw new IllegalArgumentException("a signal names its cell, kind and date");
        }
        if (!CELL_KINDS.contains(cell.kind())) {
            throw new IllegalArgumentException("a signal is about one of " + CELL_KINDS + ", not " + cell.kind());
        }
        if (!(strength > 0 && strength <= 1)) {
            throw new IllegalArgumentException("a signal's strength is within (0, 1]: " + strength);
        }
        boolean heading = cell.kind() != CellKind.CONSIGNEE && cell.kind() != CellKind.MANUFACTURER;
        require(cell, heading, present(cell.hsPrefix()), "HS heading");
        if (heading && !HEADING.matcher(cell.hsPrefix()).matches()) {
            throw new IllegalArgumentException("an HS heading is 4 digits: " + cell.hsPrefix());
        }
        require(cell, cell.kind() == CellKind.HEADING_ORIGIN, present(cell.origin()), "origin");
        require(cell, cell.kind() == CellKind.CONSIGNEE || cell.kind() == CellKind.CONSIGNEE_HEADING,
                present(cell.consignee()), "consignee");
        require(cell, cell.kind() == CellKind.MANUFACTURER, present(cell.manufacturer()), "manufacturer");
    }

    /** A signal on origin × HS heading, e.g. {@code onFlow("0402", "NZ", …)}. */
    public static ExternalSignal onFlow(String hsHeading, String origin, SignalKind kind, double strength,
                                        LocalDate date) {
        return new ExternalSignal(new Cell(CellKind.HEADING_ORIGIN, hsHeading, origin, null, null), kind, strength,
                date);
    }

    /** A signal on a consignee. */
    public static ExternalSignal onConsignee(String consignee, SignalKind kind, double strength, LocalDate date) {
        return new ExternalSignal(new Cell(CellKind.CONSIGNEE, null, null, consignee, null), kind, strength, date);
    }

    private static void require(Cell cell, boolean used, boolean given, String part) {
        if (used != given) {
            throw new IllegalArgumentException(used ? "a " + cell.kind().label() + " cell needs its " + part
                    : "a " + cell.kind().label() + " cell has no " + part);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
