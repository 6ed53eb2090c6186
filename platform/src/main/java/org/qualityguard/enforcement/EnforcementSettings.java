package org.qualityguard.enforcement;

import java.math.BigDecimal;

import org.qualityguard.enforcement.domain.Party;
import org.qualityguard.enforcement.domain.SummaryProcedure;
import org.qualityguard.shared.clock.TimeLimit;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The enforcement module's limits, as data (application.yml {@code qualityguard.enforcement}): the province that
 * receives warnings' leads and the item they cite, the items a failed sample's lead cites (food, product), the filing
 * limit, the decision limit where the item names none,
 * the summary procedure's limit and the fines from which the party may ask for a hearing.
 */
@ConfigurationProperties("qualityguard.enforcement")
public record EnforcementSettings(String province, String warningLeadItem, String foodSamplingLeadItem,
                                  String productSamplingLeadItem, TimeLimit filingLimit,
                                  TimeLimit decisionLimit, Amounts summaryLimit, Amounts hearingThreshold) {

    /** An amount for a person and one for an organisation, in yuan. */
    public record Amounts(BigDecimal person, BigDecimal organisation) {

        public BigDecimal of(Party.Kind kind) {
            return kind == Party.Kind.PERSON ? person : organisation;
        }
    }

    public SummaryProcedure summaryProcedure() {
        return new SummaryProcedure(summaryLimit.person(), summaryLimit.organisation());
    }
}
