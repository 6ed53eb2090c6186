package org.qualityguard.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.qualityguard.enterprise.domain.Enterprise;
import org.qualityguard.enterprise.domain.EnterpriseCategory;
import org.qualityguard.enterprise.persistence.Enterprises;
import org.qualityguard.shared.CreditCode;
import org.qualityguard.shared.DivisionScope;
import org.qualityguard.shared.InvalidCodeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's read-only face for other modules (grading, equipment, plans): enterprises as
 * {@link EnterpriseCard}s. Callers pass the scope they act in; access checks and auditing stay with the caller's
 * use case.
 */
@Service
public class EnterpriseDirectory {

    private final Enterprises enterprises;

    EnterpriseDirectory(Enterprises enterprises) {
        this.enterprises = enterprises;
    }

    @Transactional(readOnly = true)
    public Optional<EnterpriseCard> find(String creditCode, DivisionScope scope) {
        try {
            return enterprises.find(CreditCode.parse(creditCode), scope).map(EnterpriseDirectory::card);
        } catch (InvalidCodeException e) {
            return Optional.empty();
        }
    }

    /** The enterprises among these codes wherever registered, e.g. to tell "unknown" from "not yours". */
    @Transactional(readOnly = true)
    public Map<String, EnterpriseCard> findAll(Collection<String> creditCodes) {
        return enterprises.findAll(List.copyOf(creditCodes)).values().stream()
                .collect(Collectors.toMap(e -> e.creditCode().value(), EnterpriseDirectory::card));
    }

    /** Every enterprise within the scope, in name order, streamed. */
    @Transactional(readOnly = true)
    public void forEachWithin(DivisionScope scope, Consumer<EnterpriseCard> sink) {
        enterprises.forEach(new EnterpriseFilter(null, null, null, null), scope, null, e -> sink.accept(card(e)));
    }

    /** Food producers and special-equipment users per division within the scope. */
    @Transactional(readOnly = true)
    public List<DivisionEnterprises> countsByDivision(DivisionScope scope) {
        return enterprises.countsByDivision(scope);
    }

    static EnterpriseCard card(Enterprise e) {
        return new EnterpriseCard(e.creditCode().value(), e.name(), e.division(),
                e.categories().contains(EnterpriseCategory.FOOD_PRODUCER),
                e.categories().contains(EnterpriseCategory.SPECIAL_EQUIPMENT_USER),
                e.foodCategory() == null ? null : e.foodCategory().number());
    }
}
