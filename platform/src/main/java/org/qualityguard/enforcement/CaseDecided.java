package org.qualityguard.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A case was decided (ordinary procedure) or fined on the spot (summary): published durably for modules that act on
 * it (the decision document, the enterprise's grade, disclosure on the portal).
 */
public record CaseDecided(long caseId, String caseNo, String division, String itemCode, String procedure,
                          String partyCreditCode, BigDecimal fine, LocalDate decidedOn) {
}
