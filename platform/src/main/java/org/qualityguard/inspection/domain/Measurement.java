package org.qualityguard.inspection.domain;

/**
 * One measured value of an inspection: what was measured, the value and unit, and the limit of the standard applied
 * (e.g. aflatoxin B1, 3.2 μg/kg, limit 5.0 under GB 2761-2017). Limit and standard may be empty for a visual check.
 */
public record Measurement(String item, String value, String unit, String limit, String standard) {
}
