package org.qualityguard.enforcement.domain;

import java.math.BigDecimal;

import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Violation;

/**
 * The summary procedure on the spot (当场处罚, 《行政处罚法》第五十一条): facts clear, a legal basis, and a fine of at
 * most {@code person} yuan for a person or {@code organisation} yuan for an organisation (200 and 3,000 by the law;
 * configured as data). A larger fine goes the ordinary way (E5006).
 */
public record SummaryProcedure(BigDecimal person, BigDecimal organisation) {

    public BigDecimal limitFor(Party.Kind kind) {
        return kind == Party.Kind.PERSON ? person : organisation;
    }

    public void check(Party.Kind kind, BigDecimal fine) {
        if (fine == null || fine.signum() <= 0) {
            throw new ValidationException(FieldViolation.of("fine", new Violation("E5030",
                    "enforcement.decision.fine.missing")));
        }
        BigDecimal limit = limitFor(kind);
        if (fine.compareTo(limit) > 0) {
            throw new ValidationException(FieldViolation.of("fine", new Violation("E5006",
                    "enforcement.summary.fine.overLimit", fine.toPlainString(), limit.toPlainString())));
        }
    }
}
