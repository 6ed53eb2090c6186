package org.qualityguard.documents;

import java.util.List;

/**
 * What the caller asks to issue: the kind, the issuing organisation's full name (printed on the seal line) and its
 * abbreviation (which opens the number, e.g. 苏宁市监), the title, the party it is addressed to and the body's
 * sections in order. The number, the date (the business day), the verification code and the PDF are the module's.
 */
public record IssueDocument(DocumentKind kind, String organisationName, String abbreviation, String title,
                            String party, List<Section> sections) {

    public IssueDocument {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
