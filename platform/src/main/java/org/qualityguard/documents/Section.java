package org.qualityguard.documents;

import java.util.List;

/** One part of a document's body: its heading (may be empty for a plain opening) and its paragraphs, in order. */
public record Section(String heading, List<String> paragraphs) {

    public Section {
        heading = heading == null ? "" : heading;
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }
}
