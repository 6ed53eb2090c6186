package org.qualityguard.sampling.domain;

import java.util.ArrayList;
import java.util.List;

import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.Gtin;

/**
 * What a member of the public sends, checked field by field before anything is stored: each fault names its field,
 * so that the form can show it beside the input. Text is bounded (the database holds what was sent, whole); the
 * barcode, when given, must be a GTIN-8 or GTIN-13 with a right check digit.
 */
public record ComplaintForm(String productName, String brand, String barcode, String shop, String division,
                            String problem, String contact, boolean anonymous) {

    public static final int SHORT = 100;
    public static final int LONG = 2_000;

    /** The faults of the form, empty when it can be stored; {@code knownDivision} says whether a code exists. */
    public List<FieldViolation> faults(java.util.function.Predicate<String> knownDivision) {
        List<FieldViolation> faults = new ArrayList<>();
        required(faults, "productName", productName, SHORT);
        bounded(faults, "brand", brand, SHORT);
        bounded(faults, "shop", shop, SHORT * 2);
        required(faults, "problem", problem, LONG);
        bounded(faults, "contact", contact, SHORT);
        if (!blank(barcode)) {
            Gtin.checkRaw(barcode).ifPresent(v -> faults.add(FieldViolation.of("barcode", v)));
        }
        if (blank(division)) {
            faults.add(FieldViolation.of("division", SamplingError.REQUIRED.violation()));
        } else if (!knownDivision.test(division.strip())) {
            faults.add(FieldViolation.of("division", SamplingError.DIVISION_UNKNOWN.violation(division.strip())));
        }
        return faults;
    }

    /** The barcode as stored: normalised, or {@code null} when none was given. */
    public String gtin() {
        return blank(barcode) ? null : Gtin.parse(barcode).value();
    }

    /** The text the classifier reads. */
    public String text() {
        return ComplaintText.of(productName, brand, problem);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void required(List<FieldViolation> faults, String field, String value, int max) {
        if (blank(value)) {
            faults.add(FieldViolation.of(field, SamplingError.REQUIRED.violation()));
        } else {
            bounded(faults, field, value, max);
        }
    }

    private static void bounded(List<FieldViolation> faults, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            faults.add(FieldViolation.of(field, SamplingError.TOO_LONG.violation(max, value.strip().length())));
        }
    }
}
