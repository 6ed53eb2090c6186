package org.qualityguard.power;

/** The kinds of administrative power a catalogue lists, with the two letters a province's item codes start with. */
public enum PowerType {
    /** 行政许可 */
    LICENSING("XK"),
    /** 行政处罚 */
    PENALTY("CF"),
    /** 行政强制 */
    COERCION("QZ"),
    /** 行政征收 */
    LEVY("ZS"),
    /** 行政给付 */
    BENEFIT("JF"),
    /** 行政检查 */
    INSPECTION("JC"),
    /** 行政确认 */
    CONFIRMATION("QR"),
    /** 行政奖励 */
    REWARD("JL"),
    /** 行政裁决 */
    ADJUDICATION("CJ"),
    /** 其他行政权力 */
    OTHER("QT");

    private final String prefix;

    PowerType(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
