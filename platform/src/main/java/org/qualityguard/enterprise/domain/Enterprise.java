package org.qualityguard.enterprise.domain;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.qualityguard.shared.CreditCode;
import org.qualityguard.shared.DivisionCode;

/**
 * An enterprise as the registry knows it. It is created from a validated {@link EnterpriseDraft}, so every
 * instance satisfies the registry's rules: a valid credit code, a known division, a food category exactly when it
 * is a food producer.
 *
 * @param version counts the changes; an edit names the version it was made on, so that two clerks editing at once
 *                cannot overwrite each other unnoticed
 */
public record Enterprise(CreditCode creditCode, String name, Set<EnterpriseCategory> categories,
                         FoodCategory foodCategory, DivisionCode division, String address, String legalRepresentative,
                         boolean demo, int version) {

    public Enterprise {
        Objects.requireNonNull(creditCode);
        Objects.requireNonNull(division);
        categories = Set.copyOf(EnumSet.copyOf(categories));
    }

    /** True when the registered facts differ; version and demo marking are bookkeeping, not facts. */
    public boolean differsFrom(Enterprise other) {
        return !facts().equals(other.facts());
    }

    /** The registered facts, in a fixed order, as the audit trail records them before and after a change. */
    public Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("creditCode", creditCode.value());
        facts.put("name", name);
        facts.put("categories", categories.stream().map(Enum::name).sorted().toList());
        facts.put("foodCategory", foodCategory == null ? null : foodCategory.name());
        facts.put("division", division.value());
        facts.put("address", address);
        facts.put("legalRepresentative", legalRepresentative);
        return facts;
    }
}
