package org.qualityguard.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @Test
    void aDecisionNumberReadsAbbreviationKindYearInHexagonalBracketsAndSequence() {
        assertThat(new DocumentNumber("苏宁市监", DocumentKind.PENALTY_DECISION, 2026, 12).text())
                .isEqualTo("苏宁市监罚〔2026〕12号");
    }

    @Test
    void eachKindPutsItsOwnMarkAfterTheAbbreviation() {
        assertThat(new DocumentNumber("苏宁市监", DocumentKind.PRIOR_NOTICE, 2026, 3).text())
                .isEqualTo("苏宁市监罚告〔2026〕3号");
        assertThat(new DocumentNumber("苏宁市监", DocumentKind.HEARING_NOTICE, 2027, 1).text())
                .isEqualTo("苏宁市监听〔2027〕1号");
    }

    @Test
    void theSequenceHasNoLeadingZerosWhateverItsSize() {
        assertThat(new DocumentNumber("苏市监", DocumentKind.PENALTY_DECISION, 2026, 1024).text())
                .isEqualTo("苏市监罚〔2026〕1024号");
    }

    @Test
    void aNumberNeedsAnAbbreviationAndASequenceFromOne() {
        assertThatThrownBy(() -> new DocumentNumber(" ", DocumentKind.PENALTY_DECISION, 2026, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentNumber("苏市监", DocumentKind.PENALTY_DECISION, 2026, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
