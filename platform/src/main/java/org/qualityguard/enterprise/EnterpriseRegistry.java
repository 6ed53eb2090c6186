package org.qualityguard.enterprise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityguard.enterprise.domain.Enterprise;
import org.qualityguard.enterprise.domain.EnterpriseDraft;
import org.qualityguard.enterprise.domain.EnterpriseRules;
import org.qualityguard.enterprise.persistence.Enterprises;
import org.qualityguard.identity.AccessPolicy;
import org.qualityguard.identity.AuditRecord;
import org.qualityguard.identity.AuditTrail;
import org.qualityguard.identity.Divisions;
import org.qualityguard.identity.Permission;
import org.qualityguard.identity.StaffUser;
import org.qualityguard.shared.CreditCode;
import org.qualityguard.shared.DivisionCode;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.InvalidCodeException;
import org.qualityguard.shared.NotFoundException;
import org.qualityguard.shared.Page;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, changing and finding enterprises, always within the caller's division. An enterprise outside it
 * is answered as not found, and the attempt is put on the audit trail.
 */
@Service
public class EnterpriseRegistry {

    static final String SUBJECT = "enterprise";

    private final Enterprises enterprises;
    private final Divisions divisions;
    private final AuditTrail audit;
    private final AccessPolicy access;

    EnterpriseRegistry(Enterprises enterprises, Divisions divisions, AuditTrail audit, AccessPolicy access) {
        this.enterprises = enterprises;
        this.divisions = divisions;
        this.audit = audit;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Page<Enterprise> list(StaffUser reader, EnterpriseFilter filter, PageRequest page) {
        requireReader(reader, filter);
        return enterprises.search(filter, reader.scope(), page);
    }

    @Transactional(readOnly = true)
    public Enterprise get(StaffUser reader, String creditCode) {
        requireReader(reader);
        CreditCode code = parseKey(creditCode);
        return enterprises.find(code, reader.scope()).orElseThrow(() -> deniedOrMissing(reader, code, "READ"));
    }

    /**
     * At most {@code limit} enterprises within the reader's division whose credit code starts with the text or
     * whose name contains it, credit-code matches first; none for a reader the registry is not open to.
     */
    @Transactional(readOnly = true)
    public List<EnterpriseCard> search(StaffUser reader, String text, int limit) {
        String q = text == null ? "" : text.strip();
        if (!access.holds(reader, Permission.READ_REGISTRY) || q.isEmpty()) {
            return List.of();
        }
        PageRequest first = new PageRequest(0, limit);
        Map<String, EnterpriseCard> found = new LinkedHashMap<>();
        if (q.matches("[0-9A-Za-z]{2,18}")) {
            enterprises.search(new EnterpriseFilter(null, null, null, q), reader.scope(), first).items()
                    .forEach(e -> found.put(e.creditCode().value(), EnterpriseDirectory.card(e)));
        }
        if (found.size() < limit) {
            enterprises.search(new EnterpriseFilter(null, null, q, null), reader.scope(), first).items()
                    .forEach(e -> found.putIfAbsent(e.creditCode().value(), EnterpriseDirectory.card(e)));
        }
        return found.values().stream().limit(limit).toList();
    }

    @Transactional
    public Enterprise register(StaffUser clerk, EnterpriseDraft draft) {
        requireClerk(clerk);
        Enterprise enterprise = valid(clerk, draft, 0);
        if (enterprises.exists(enterprise.creditCode())) {
            throw new ValidationException(FieldViolation.of("creditCode",
                    new Violation("E2011", "enterprise.creditCode.taken", enterprise.creditCode().value())));
        }
        enterprises.insert(enterprise);
        audit.record(AuditRecord.of(clerk, "ENTERPRISE_REGISTERED", SUBJECT, enterprise.creditCode().value(),
                enterprise.division(), null, enterprise.facts()));
        return enterprise;
    }

    /**
     * Changes an enterprise's registered facts. The credit code is the key and cannot change; the change is made
     * on {@code expectedVersion}, and refused if the record has changed since.
     */
    @Transactional
    public Enterprise change(StaffUser clerk, String creditCode, EnterpriseDraft draft, int expectedVersion) {
        requireClerk(clerk);
        CreditCode code = parseKey(creditCode);
        Enterprise before = enterprises.find(code, clerk.scope())
                .orElseThrow(() -> deniedOrMissing(clerk, code, "CHANGE"));
        if (draft.creditCode() != null && !draft.creditCode().isBlank()
                && !code.value().equals(CreditCode.normalise(draft.creditCode()))) {
            throw new ValidationException(FieldViolation.of("creditCode",
                    new Violation("E2030", "enterprise.creditCode.immutable")));
        }
        EnterpriseDraft keyed = new EnterpriseDraft(code.value(), draft.name(), draft.categories(),
                draft.foodCategory(), draft.divisionCode(), draft.address(), draft.legalRepresentative());
        Enterprise after = valid(clerk, keyed, expectedVersion + 1);
        if (!after.differsFrom(before)) {
            return before;
        }
        if (!enterprises.update(after, expectedVersion)) {
            throw new ValidationException(FieldViolation.of("version",
                    new Violation("E2031", "enterprise.version.stale", before.version())));
        }
        audit.record(AuditRecord.of(clerk, "ENTERPRISE_CHANGED", SUBJECT, code.value(), after.division(),
                before.facts(), after.facts()));
        return new Enterprise(after.creditCode(), after.name(), after.categories(), after.foodCategory(),
                after.division(), after.address(), after.legalRepresentative(), before.demo(), expectedVersion + 1);
    }

    public List<org.qualityguard.identity.AuditEntry> history(StaffUser reader, String creditCode) {
        Enterprise e = get(reader, creditCode);
        return audit.historyOf(SUBJECT, e.creditCode().value());
    }

    EnterpriseRules rules(StaffUser clerk) {
        return new EnterpriseRules(divisions::exists, clerk.scope());
    }

    private Enterprise valid(StaffUser clerk, EnterpriseDraft draft, int version) {
        EnterpriseRules.Outcome outcome = rules(clerk).check(draft, false, version);
        if (!outcome.valid()) {
            throw new ValidationException(outcome.violations());
        }
        return outcome.enterprise();
    }

    private static CreditCode parseKey(String raw) {
        try {
            return CreditCode.parse(raw);
        } catch (InvalidCodeException e) {
            throw new ValidationException(FieldViolation.of("creditCode", e.violation()));
        }
    }

    /**
     * Both a missing and a foreign enterprise answer 404; only the trail tells them apart, so that a probe for
     * another county's records learns nothing and still leaves a trace.
     */
    private NotFoundException deniedOrMissing(StaffUser user, CreditCode code, String attempted) {
        enterprises.findAll(List.of(code.value())).values().stream().findFirst().ifPresent(foreign ->
                audit.recordRefusal(AuditRecord.of(user, "ACCESS_DENIED", SUBJECT, code.value(), foreign.division(), null,
                        java.util.Map.of("attempted", attempted, "actorDivision", user.division().value()))));
        return new NotFoundException("creditCode", code.value());
    }

    void requireReader(StaffUser user) {
        access.require(user, Permission.READ_REGISTRY);
    }

    /** A list filtered to a division outside the reader's comes back empty, as scoping has it, and is audited. */
    void requireReader(StaffUser user, EnterpriseFilter filter) {
        requireReader(user);
        if (filter.divisionCode() != null) {
            access.auditedWithin(user, new DivisionCode(filter.divisionCode()), "division-filter");
        }
    }

    void requireClerk(StaffUser user) {
        access.require(user, Permission.KEEP_REGISTRY);
    }
}
