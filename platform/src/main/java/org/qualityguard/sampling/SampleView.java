package org.qualityguard.sampling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A sample as staff read it: where, what and under which power item it was taken, its status, its results item by
 * item with the limits that judged them, and the enterprise's objection if it lodged one.
 */
public record SampleView(String sampleNo, String powerItem, int powerVersion, String organisationName,
                         String divisionCode, String creditCode, String enterpriseName, String category,
                         String categoryKind, String appliesTo, String product, String brand, String specification,
                         String batch, LocalDate producedOn, LocalDate sampledOn, String sampledAt,
                         String laboratory, String status, Boolean conforms, LocalDate testedOn,
                         LocalDate objectionUntil, LocalDate publishedOn, String sampledBy, boolean demo,
                         List<Result> results, Objection objection) {

    /** One test item's result and the limit (standard, version) that judged it. */
    public record Result(int row, String standardNo, String item, BigDecimal measured, String unit,
                         BigDecimal limit, String limitUnit, String comparison, int limitVersion, boolean conforms) {
    }

    /** The enterprise's objection and, once decided, its outcome (UPHELD, OVERTURNED) with the reason. */
    public record Objection(LocalDate lodgedOn, String grounds, String lodgedBy, String outcome, String reason,
                            LocalDate decidedOn, String decidedBy) {
    }

    public List<Result> failed() {
        return results.stream().filter(r -> !r.conforms()).toList();
    }

    public SampleView withDetails(List<Result> results, Objection objection) {
        return new SampleView(sampleNo, powerItem, powerVersion, organisationName, divisionCode, creditCode,
                enterpriseName, category, categoryKind, appliesTo, product, brand, specification, batch, producedOn,
                sampledOn, sampledAt, laboratory, status, conforms, testedOn, objectionUntil, publishedOn, sampledBy,
                demo, List.copyOf(results), objection);
    }
}
