package org.qualityguard.documents;

/**
 * The kinds of document the platform issues, each with the character(s) its number carries after the organisation's
 * abbreviation (苏宁市监<b>罚</b>〔2026〕12号) and its label ({@code document.kind.<name>}) in both bundles.
 */
public enum DocumentKind {
    /** 行政处罚决定书. */
    PENALTY_DECISION("罚"),
    /** 行政处罚告知书 (the prior notice of the intended penalty and of the party's rights). */
    PRIOR_NOTICE("罚告"),
    /** 听证通知书. */
    HEARING_NOTICE("听");

    private final String mark;

    DocumentKind(String mark) {
        this.mark = mark;
    }

    /** What the kind adds to the number after the organisation's abbreviation. */
    public String mark() {
        return mark;
    }

    public String messageKey() {
        return "document.kind." + name();
    }
}
