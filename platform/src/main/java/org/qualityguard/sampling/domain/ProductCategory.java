package org.qualityguard.sampling.domain;

/**
 * A product category of the sampling catalogue: a food category of the national food category system (GB 2760-2024
 * Appendix E, top level, e.g. {@code 01.0} dairy) or a product group of the product-quality supervision-sampling
 * catalogue ({@code I01} household appliances). {@code source} names the document the row was taken from.
 */
public record ProductCategory(String code, Kind kind, String nameZh, String nameEn, String source) {

    public enum Kind { FOOD, INDUSTRIAL }
}
