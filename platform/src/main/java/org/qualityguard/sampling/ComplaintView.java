package org.qualityguard.sampling;

import java.time.Instant;
import java.time.LocalDate;

/** A complaint as staff see it: what was sent, the classifier's suggestion and the category staff gave it. */
public record ComplaintView(long id, String trackingNumber, String productName, String brand, String barcode,
                            String shop, String divisionCode, String problem, String contact, boolean anonymous,
                            Instant submittedAt, LocalDate submittedOn, String status, String predictedCategory,
                            Double confidence, String category, String reviewedBy, boolean demo, int photos) {

    /** The category staff gave it, or else the classifier's suggestion. */
    public String effectiveCategory() {
        return category != null ? category : predictedCategory;
    }
}
