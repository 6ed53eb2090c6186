package org.qualityguard.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.qualityguard.enforcement.domain.CaseStatus;
import org.qualityguard.enforcement.domain.Party;

/**
 * A case as staff see it: its number and where it stands, where it came from (a lead by hand or a confirmed warning),
 * the power item it exercises and the organisation acting, its party, the days of its stages, and its running clock
 * as last read (the filing clock while a lead, then the decision clock until decided).
 */
public record EnforcementCase(long id, String caseNo, CaseStatus status, String source, String sourceRef,
                              String summary, String itemCode, String itemName, String division, Long organisationId,
                              String organisationName, Party party, boolean major, LocalDate leadOn,
                              LocalDate filedOn, LocalDate notifiedOn, BigDecimal intendedFine, Boolean hearingRight,
                              LocalDate decidedOn, LocalDate servedOn, LocalDate executedOn, LocalDate closedOn,
                              String reason, LocalDate deadline, String clockState, boolean demo, String openedBy) {
}
