package org.qualityguard.sampling;

import java.time.LocalDate;

/**
 * What the complaints list is narrowed to; every part optional: a division within the reader's, a status, a category
 * (the one staff gave, or else the suggested one), a barcode or brand, and the business days submitted.
 */
public record ComplaintFilter(String division, String status, String category, String barcode, String brand,
                              LocalDate from, LocalDate to) {

    public static ComplaintFilter none() {
        return new ComplaintFilter(null, null, null, null, null, null, null);
    }
}
