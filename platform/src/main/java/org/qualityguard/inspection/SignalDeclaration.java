package org.qualityguard.inspection;

/**
 * An outside signal on a cell as a partner agency, the sampling module (a consumer complaint) or the cooperation
 * module (a partner's notification, another bureau's result) declares it, before validation. The cell is named by
 * the parts its kind uses: {@code HEADING_ORIGIN} a 4-digit HS heading and an origin, {@code CONSIGNEE} a consignee,
 * {@code MANUFACTURER} a manufacturer, {@code CONSIGNEE_HEADING} a consignee and a heading; parts the kind does not use
 * are ignored.
 *
 * @param id         the sender's id of the signal: sending it again records nothing new
 * @param kind       PARTNER_NOTIFICATION, CONSUMER_COMPLAINT or OTHER_BUREAU_RESULT
 * @param strength   in (0, 1]: 1 a confirmed finding, less for weaker evidence
 * @param receivedOn yyyy-MM-dd, not after today; today when absent
 */
public record SignalDeclaration(String id, String cellKind, String hsHeading, String origin, String consignee,
                                String manufacturer, String kind, Double strength, String receivedOn) {
}
