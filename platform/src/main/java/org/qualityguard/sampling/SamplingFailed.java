package org.qualityguard.sampling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A sample failed against the standards table (published durably when its results are entered): the enterprise's
 * dynamic grade takes the failure, enforcement opens a lead. {@code food}: a food (not an industrial product). {@code failedItems} name each item
 * with the standard's limit and the measured value ({@code null}: not detected, for a minimum content).
 */
public record SamplingFailed(String sampleNo, String creditCode, String enterpriseName, String divisionCode,
                             String category, boolean food, String product, String brand, String batch, LocalDate sampledOn,
                             LocalDate testedOn, String laboratory, String powerItem, List<FailedItem> failedItems,
                             boolean demo) {

    public SamplingFailed {
        failedItems = List.copyOf(failedItems);
    }

    /** One failed item: the standard, the item, the measured value and unit, the limit and how it is compared. */
    public record FailedItem(String standardNo, String item, BigDecimal measured, String unit, BigDecimal limit,
                             String comparison) {
    }
}
