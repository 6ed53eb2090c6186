package org.qualityguard.risk;

/**
 * A readable name of a history cell, e.g. origin × HS heading {@code 0802 × US}. Fields that the kind does not use
 * are null.
 */
public record Cell(CellKind kind, String hsPrefix, String origin, String consignee, String manufacturer) {

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(kind.label()).append(' ');
        String sep = "";
        for (String part : new String[] {hsPrefix, origin, consignee, manufacturer}) {
            if (part != null) {
                b.append(sep).append(part);
                sep = " × ";
            }
        }
        return b.toString();
    }
}
