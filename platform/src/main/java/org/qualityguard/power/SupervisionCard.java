package org.qualityguard.power;

import java.time.LocalDate;

/** A yellow or red card issued on an act (kept forever): the act, item, organisation, division, day and level. */
public record SupervisionCard(long id, String actId, String itemCode, long organisationId, String organisationName,
                              String division, String level, LocalDate issuedOn, int used, int allowed,
                              LocalDate deadline) {
}
