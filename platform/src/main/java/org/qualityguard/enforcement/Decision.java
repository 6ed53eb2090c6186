package org.qualityguard.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.qualityguard.enforcement.domain.DecisionDraft;

/**
 * A decided case's reasoned decision: under which procedure, on which basis, in which band (and the fine it allowed),
 * the fine, why, the facts with the evidence each cites, the party's statements answered, the collective decision
 * when the fine lies outside the band, and whether the fine was an outlier among the province's for the item and band.
 */
public record Decision(long caseId, String procedure, String legalBasis, String circumstance, String band,
                       BigDecimal bandLowest, BigDecimal bandHighest, boolean withinBand, BigDecimal fine,
                       BigDecimal goodsValue, String reasoning, List<DecisionDraft.Fact> facts,
                       List<DecisionDraft.Statement> statements, DecisionDraft.CollectiveDecision collective,
                       boolean outlier, String decidedBy, LocalDate decidedOn) {
}
