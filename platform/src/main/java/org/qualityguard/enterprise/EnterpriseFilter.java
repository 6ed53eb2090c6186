package org.qualityguard.enterprise;

import org.qualityguard.enterprise.domain.EnterpriseCategory;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.InvalidCodeException;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;

/**
 * What a list of enterprises is narrowed to; every part is optional. The division narrows within the reader's
 * own scope, never beyond it.
 *
 * @param nameFragment any part of the name, e.g. 食品 or 玄武
 * @param creditCode   the start of a credit code
 */
public record EnterpriseFilter(String divisionCode, EnterpriseCategory category, String nameFragment,
                               String creditCode) {

    /** Reads a filter from request parameters, refusing a malformed division or an unknown category. */
    public static EnterpriseFilter parse(String division, String category, String name, String creditCode) {
        String divisionCode = blankToNull(division);
        if (divisionCode != null) {
            try {
                divisionCode = DivisionCode.parse(divisionCode).value();
            } catch (InvalidCodeException e) {
                throw new ValidationException(FieldViolation.of("division", e.violation()));
            }
        }
        EnterpriseCategory parsed = null;
        if (blankToNull(category) != null) {
            parsed = EnterpriseCategory.parse(category).orElseThrow(() -> new ValidationException(
                    FieldViolation.of("category", new Violation("E2004", "enterprise.categories.unknown", category))));
        }
        return new EnterpriseFilter(divisionCode, parsed, blankToNull(name), blankToNull(creditCode));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
