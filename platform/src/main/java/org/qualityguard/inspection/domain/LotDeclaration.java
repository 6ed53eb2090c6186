package org.qualityguard.inspection.domain;

/**
 * A lot as a declaring system or an uploaded sheet sends it: every field as text, not yet checked.
 * {@link LotRules} turns it into a valid lot or says, field by field, what is wrong.
 */
public record LotDeclaration(String lotId, String declaredAt, String bureau, String direction, String hsCode,
                             String origin, String consignee, String manufacturer, String quantity,
                             String valueCny) {
}
