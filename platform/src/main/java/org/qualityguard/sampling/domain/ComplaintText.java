package org.qualityguard.sampling.domain;

/** The words of a complaint the classifier reads: the product's name, its brand and what is wrong with it. */
public final class ComplaintText {

    private ComplaintText() {
    }

    public static String of(String productName, String brand, String problem) {
        return String.join(" ", nz(productName), nz(brand), nz(problem)).strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
