package org.qualityguard.enforcement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A reasoned decision as drafted (说理式处罚决定): the facts found, each citing evidence items of the case file; the
 * legal basis (an article the power item names); the circumstance of the item's discretion standard applied; the fine
 * and, when the band is in multiples of it, the value of the goods; why this penalty; each statement of the party with
 * whether it was accepted and why; and, when the fine lies outside the band, the collective decision (集体讨论) that
 * allowed it.
 */
public record DecisionDraft(List<Fact> facts, String legalBasis, String circumstance, BigDecimal fine,
                            BigDecimal goodsValue, String reasoning, List<Statement> statements,
                            CollectiveDecision collective) {

    public DecisionDraft {
        facts = facts == null ? List.of() : List.copyOf(facts);
        statements = statements == null ? List.of() : List.copyOf(statements);
    }

    /** A fact found and the evidence items (ids in the case file) it rests on. */
    public record Fact(String text, List<Long> evidence) {
        public Fact {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    /** A statement or defence of the party (陈述、申辩), whether it was accepted, and why. */
    public record Statement(String text, Boolean accepted, String why) {
    }

    /** The organ's collective decision (集体讨论决定): when, who took part, what they concluded. */
    public record CollectiveDecision(LocalDate on, String participants, String conclusion) {

        public boolean complete() {
            return on != null && participants != null && !participants.isBlank() && conclusion != null
                    && !conclusion.isBlank();
        }
    }
}
