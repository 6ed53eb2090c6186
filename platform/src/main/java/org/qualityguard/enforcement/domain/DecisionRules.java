package org.qualityguard.enforcement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;

/**
 * What a reasoned decision must hold, each fault with its code and the field it concerns: at least one fact (E5029),
 * each with its text and at least one citation (E5020), every citation an item of this case's file (E5021); a legal
 * basis the item names (E5022); a circumstance of the item's discretion standard (E5023); a fine (E5030), with the
 * goods' value when the band is in multiples of it (E5025); the reasoning (E5026); each statement answered, accepted or
 * not, and why (E5027); a fine outside the band only on a complete collective decision (E5024, E5028).
 */
public final class DecisionRules {

    private DecisionRules() {
    }

    /** A draft that passed: its band and the range of fine it allows, in yuan. */
    public record Checked(String circumstance, Band band, BigDecimal lowest, BigDecimal highest, boolean withinBand) {
    }

    /**
     * @param fileEvidence the ids of the evidence items in this case's file
     * @param legalBases   the item's legal bases as written (《产品质量法》第四十九条)
     * @param discretion   the item's discretion standard: circumstance → range text
     */
    public static Checked check(DecisionDraft draft, Set<Long> fileEvidence, List<String> legalBases,
                                Map<String, String> discretion) {
        List<FieldViolation> faults = new ArrayList<>();
        if (draft.facts().isEmpty()) {
            faults.add(fault("facts", "E5029", "enforcement.decision.facts.missing"));
        }
        for (int i = 0; i < draft.facts().size(); i++) {
            DecisionDraft.Fact fact = draft.facts().get(i);
            if (blank(fact.text()) || fact.evidence().isEmpty()) {
                faults.add(fault("facts[" + i + "].evidence", "E5020", "enforcement.decision.fact.uncited", i + 1));
            }
            for (Long id : fact.evidence()) {
                if (id == null || !fileEvidence.contains(id)) {
                    faults.add(fault("facts[" + i + "].evidence", "E5021", "enforcement.decision.fact.notInFile",
                            i + 1, String.valueOf(id)));
                }
            }
        }
        if (blank(draft.legalBasis()) || !legalBases.contains(draft.legalBasis().strip())) {
            faults.add(fault("legalBasis", "E5022", "enforcement.decision.basis.notOfItem",
                    String.valueOf(draft.legalBasis()), String.join("、", legalBases)));
        }
        String range = draft.circumstance() == null ? null : discretion.get(draft.circumstance().strip());
        if (range == null) {
            faults.add(fault("circumstance", "E5023", "enforcement.decision.circumstance.notOfItem",
                    String.valueOf(draft.circumstance()), String.join("、", discretion.keySet())));
        }
        if (draft.fine() == null || draft.fine().signum() < 0) {
            faults.add(fault("fine", "E5030", "enforcement.decision.fine.missing"));
        }
        if (blank(draft.reasoning())) {
            faults.add(fault("reasoning", "E5026", "enforcement.decision.reasoning.missing"));
        }
        for (int i = 0; i < draft.statements().size(); i++) {
            DecisionDraft.Statement s = draft.statements().get(i);
            if (blank(s.text()) || s.accepted() == null || blank(s.why())) {
                faults.add(fault("statements[" + i + "]", "E5027", "enforcement.decision.statement.unanswered",
                        i + 1));
            }
        }
        if (draft.collective() != null && !draft.collective().complete()) {
            faults.add(fault("collective", "E5028", "enforcement.decision.collective.incomplete"));
        }
        if (!faults.isEmpty()) {
            throw new ValidationException(faults);
        }
        FineBand band = FineBand.parse(range);
        if (band.multiple() && (draft.goodsValue() == null || draft.goodsValue().signum() <= 0)) {
            throw new ValidationException(fault("goodsValue", "E5025", "enforcement.decision.goodsValue.missing",
                    draft.circumstance()));
        }
        BigDecimal lowest = band.lowest(draft.goodsValue());
        BigDecimal highest = band.highest(draft.goodsValue());
        boolean within = band.allows(draft.fine(), draft.goodsValue());
        if (!within && draft.collective() == null) {
            throw new ValidationException(fault("fine", "E5024", "enforcement.decision.fine.outsideBand",
                    draft.fine().toPlainString(), lowest.toPlainString(), highest.toPlainString()));
        }
        return new Checked(draft.circumstance().strip(), Band.of(draft.circumstance()), lowest, highest, within);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static FieldViolation fault(String field, String code, String key, Object... arguments) {
        return FieldViolation.of(field, new Violation(code, key, arguments));
    }
}
