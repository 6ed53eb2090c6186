package org.qualityguard.power;

import java.time.Instant;

/** One version of an item as staff see it: what it says, where it stands, and who moved it there. */
public record PowerItemView(long id, int version, String ownerDivision, ItemContent content, String status,
                            boolean demo, String draftedBy, Instant draftedAt, String reviewedBy, String confirmedBy,
                            String publishedBy, Instant publishedAt, String statusReason) {

    public String code() {
        return content.code();
    }
}
