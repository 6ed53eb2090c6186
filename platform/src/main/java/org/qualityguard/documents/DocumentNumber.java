package org.qualityguard.documents;

import java.util.Objects;

/**
 * A document's number in the official format (GB/T 9704 发文字号): the organisation's abbreviation, the kind's mark,
 * the year in 六角括号 and the sequence of the organisation, kind and year, e.g. 苏宁市监罚〔2026〕12号. The sequence
 * has no leading zeros and no "第".
 */
public record DocumentNumber(String abbreviation, DocumentKind kind, int year, int sequence) {

    public DocumentNumber {
        Objects.requireNonNull(kind, "kind");
        if (abbreviation == null || abbreviation.isBlank()) {
            throw new IllegalArgumentException("a document number needs the organisation's abbreviation");
        }
        if (year < 2000 || year > 2999 || sequence < 1) {
            throw new IllegalArgumentException("year " + year + ", sequence " + sequence);
        }
    }

    /** The number as printed: 苏宁市监罚〔2026〕12号. */
    public String text() {
        return abbreviation + kind.mark() + "〔" + year + "〕" + sequence + "号";
    }

    @Override
    public String toString() {
        return text();
    }
}
