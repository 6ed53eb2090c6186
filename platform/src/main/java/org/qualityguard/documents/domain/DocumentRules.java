package org.qualityguard.documents.domain;

import java.util.ArrayList;
import java.util.List;

import org.qualityguard.documents.IssueDocument;
import org.qualityguard.documents.Section;
import org.qualityguard.shared.FieldViolation;

/**
 * What a document must have before it gets a number: a kind, the organisation's name and an abbreviation of Chinese
 * characters only (it opens the number), a title, the party and at least one paragraph; texts within their lengths.
 */
public final class DocumentRules {

    static final int MAX_NAME = 60;
    static final int MAX_ABBREVIATION = 12;
    static final int MAX_TITLE = 60;
    static final int MAX_PARTY = 200;
    static final int MAX_HEADING = 60;
    static final int MAX_PARAGRAPH = 4_000;
    static final int MAX_SECTIONS = 50;

    private DocumentRules() {
    }

    public static List<FieldViolation> check(IssueDocument d) {
        List<FieldViolation> faults = new ArrayList<>();
        if (d.kind() == null) {
            faults.add(FieldViolation.of("kind", DocumentError.REQUIRED.violation()));
        }
        text(faults, "organisationName", d.organisationName(), MAX_NAME);
        if (text(faults, "abbreviation", d.abbreviation(), MAX_ABBREVIATION)
                && !d.abbreviation().strip().matches("\\p{IsHan}+")) {
            faults.add(FieldViolation.of("abbreviation", DocumentError.ABBREVIATION.violation(d.abbreviation())));
        }
        text(faults, "title", d.title(), MAX_TITLE);
        text(faults, "party", d.party(), MAX_PARTY);
        if (d.sections().size() > MAX_SECTIONS) {
            faults.add(FieldViolation.of("sections", DocumentError.TOO_LONG.violation(MAX_SECTIONS)));
        }
        int paragraphs = 0;
        for (Section s : d.sections()) {
            if (s.heading().length() > MAX_HEADING) {
                faults.add(FieldViolation.of("sections", DocumentError.TOO_LONG.violation(MAX_HEADING)));
            }
            for (String p : s.paragraphs()) {
                if (p != null && !p.isBlank()) {
                    paragraphs++;
                }
                if (p != null && p.length() > MAX_PARAGRAPH) {
                    faults.add(FieldViolation.of("sections", DocumentError.TOO_LONG.violation(MAX_PARAGRAPH)));
                }
            }
        }
        if (paragraphs == 0) {
            faults.add(FieldViolation.of("sections", DocumentError.REQUIRED.violation()));
        }
        return faults;
    }

    /** Adds the fault of a missing or too long text; whether the text is there and within its length. */
    private static boolean text(List<FieldViolation> faults, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            faults.add(FieldViolation.of(field, DocumentError.REQUIRED.violation()));
            return false;
        }
        if (value.strip().length() > max) {
            faults.add(FieldViolation.of(field, DocumentError.TOO_LONG.violation(max)));
            return false;
        }
        return true;
    }
}
