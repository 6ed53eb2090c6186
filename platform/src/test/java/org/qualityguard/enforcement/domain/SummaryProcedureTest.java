package org.qualityguard.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.qualityguard.shared.ValidationException;

class SummaryProcedureTest {

    private final SummaryProcedure law = new SummaryProcedure(new BigDecimal("200"), new BigDecimal("3000"));

    @Test
    void aPersonIsFinedOnTheSpotUpTo200YuanAndAnOrganisationUpTo3000() {
        assertThatCode(() -> law.check(Party.Kind.PERSON, new BigDecimal("200"))).doesNotThrowAnyException();
        assertThatCode(() -> law.check(Party.Kind.ORGANISATION, new BigDecimal("3000"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> law.check(Party.Kind.PERSON, new BigDecimal("201")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("E5006");
        assertThatThrownBy(() -> law.check(Party.Kind.ORGANISATION, new BigDecimal("3000.01")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("E5006");
        assertThatThrownBy(() -> law.check(Party.Kind.PERSON, BigDecimal.ZERO))
                .isInstanceOf(ValidationException.class).hasMessageContaining("E5030");
    }
}
