package org.qualityguard.shared;

/**
 * What a member of staff may see: every division whose code starts with the prefix of their own. Queries use
 * {@link #lowest()} and {@link #highest()} as a range so that an index on the division code serves them.
 */
public record DivisionScope(DivisionCode root, String prefix) {

    public boolean includes(DivisionCode code) {
        return code.value().startsWith(prefix);
    }

    public String lowest() {
        return (prefix + "000000").substring(0, 6);
    }

    public String highest() {
        return (prefix + "999999").substring(0, 6);
    }
}
