package org.qualityguard.enterprise.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.qualityguard.shared.CreditCode;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.DivisionScope;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.InvalidCodeException;
import org.qualityguard.shared.Violation;

/**
 * The registry's rules for an enterprise, checked field by field so that every problem with a draft is reported
 * at once, each with its field and a stable code. Which divisions exist and which the clerk may act in are
 * given, so the rules stay free of any lookup.
 */
public final class EnterpriseRules {

    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 300;
    static final int MAX_REPRESENTATIVE = 50;

    private final Predicate<DivisionCode> divisionExists;
    private final DivisionScope scope;

    public EnterpriseRules(Predicate<DivisionCode> divisionExists, DivisionScope scope) {
        this.divisionExists = divisionExists;
        this.scope = scope;
    }

    /** The outcome of checking a draft: the enterprise, or what is wrong with the draft. */
    public record Outcome(Enterprise enterprise, List<FieldViolation> violations) {
        public boolean valid() {
            return violations.isEmpty();
        }
    }

    public Outcome check(EnterpriseDraft draft, boolean demo, int version) {
        List<FieldViolation> violations = new ArrayList<>();
        CreditCode code = creditCode(draft.creditCode(), violations);
        String name = name(draft.name(), violations);
        Set<EnterpriseCategory> categories = categories(draft.categories(), violations);
        FoodCategory food = foodCategory(draft.foodCategory(), categories, violations);
        DivisionCode division = division(draft.divisionCode(), violations);
        String address = optionalText("address", draft.address(), MAX_ADDRESS, "E2009", violations);
        String representative = optionalText("legalRepresentative", draft.legalRepresentative(),
                MAX_REPRESENTATIVE, "E2010", violations);
        if (!violations.isEmpty()) {
            return new Outcome(null, List.copyOf(violations));
        }
        return new Outcome(new Enterprise(code, name, categories, food, division, address, representative, demo,
                version), List.of());
    }

    private static CreditCode creditCode(String raw, List<FieldViolation> violations) {
        String normalised = CreditCode.normalise(raw);
        Optional<Violation> problem = CreditCode.check(normalised);
        if (problem.isPresent()) {
            violations.add(FieldViolation.of("creditCode", problem.get()));
            return null;
        }
        return new CreditCode(normalised);
    }

    private static String name(String raw, List<FieldViolation> violations) {
        String name = blankToNull(raw);
        if (name == null) {
            violations.add(FieldViolation.of("name", new Violation("E2001", "enterprise.name.required")));
        } else if (name.length() < 2 || name.length() > MAX_NAME) {
            violations.add(FieldViolation.of("name", new Violation("E2002", "enterprise.name.length", MAX_NAME)));
        }
        return name;
    }

    private static Set<EnterpriseCategory> categories(String raw, List<FieldViolation> violations) {
        Set<EnterpriseCategory> categories = EnumSet.noneOf(EnterpriseCategory.class);
        String text = blankToNull(raw);
        if (text == null) {
            violations.add(FieldViolation.of("categories", new Violation("E2003", "enterprise.categories.required")));
            return categories;
        }
        for (String part : text.split("[;|、,，；]")) {
            if (part.isBlank()) {
                continue;
            }
            Optional<EnterpriseCategory> category = EnterpriseCategory.parse(part);
            if (category.isEmpty()) {
                violations.add(FieldViolation.of("categories",
                        new Violation("E2004", "enterprise.categories.unknown", part.strip())));
            } else {
                categories.add(category.get());
            }
        }
        if (categories.isEmpty() && violations.stream().noneMatch(v -> v.field().equals("categories"))) {
            violations.add(FieldViolation.of("categories", new Violation("E2003", "enterprise.categories.required")));
        }
        return categories;
    }

    private static FoodCategory foodCategory(String raw, Set<EnterpriseCategory> categories,
                                             List<FieldViolation> violations) {
        String text = blankToNull(raw);
        boolean producer = categories.contains(EnterpriseCategory.FOOD_PRODUCER);
        if (text == null) {
            if (producer) {
                violations.add(FieldViolation.of("foodCategory",
                        new Violation("E2005", "enterprise.foodCategory.required")));
            }
            return null;
        }
        Optional<FoodCategory> food = FoodCategory.parse(text);
        if (food.isEmpty()) {
            violations.add(FieldViolation.of("foodCategory",
                    new Violation("E2006", "enterprise.foodCategory.unknown", text)));
            return null;
        }
        if (!producer) {
            violations.add(FieldViolation.of("foodCategory",
                    new Violation("E2007", "enterprise.foodCategory.notProducer")));
        }
        return food.get();
    }

    private DivisionCode division(String raw, List<FieldViolation> violations) {
        DivisionCode division;
        try {
            division = DivisionCode.parse(raw);
        } catch (InvalidCodeException e) {
            violations.add(FieldViolation.of("divisionCode", e.violation()));
            return null;
        }
        if (!divisionExists.test(division)) {
            violations.add(FieldViolation.of("divisionCode", new Violation("E1012", "division.unknown",
                    division.value())));
        } else if (!scope.includes(division)) {
            violations.add(FieldViolation.of("divisionCode", new Violation("E9001", "access.division.outside",
                    division.value())));
        }
        return division;
    }

    private static String optionalText(String field, String raw, int max, String code,
                                       List<FieldViolation> violations) {
        String text = blankToNull(raw);
        if (text != null && text.length() > max) {
            violations.add(FieldViolation.of(field, new Violation(code, "text.tooLong", max)));
        }
        return text;
    }

    private static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }
}
