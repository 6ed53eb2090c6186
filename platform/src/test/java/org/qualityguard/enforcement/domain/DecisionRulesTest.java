package org.qualityguard.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qualityguard.shared.ValidationException;

class DecisionRulesTest {

    private static final List<String> BASES = List.of("《特种设备安全法》第八十四条");
    private static final Map<String, String> DISCRETION = Map.of(
            "轻微", "处三万元以上十万元以下罚款", "一般", "处十万元以上二十万元以下罚款",
            "严重", "并处货值金额二倍以上三倍以下的罚款");

    private static DecisionDraft draft(List<Long> evidence, String circumstance, String fine,
                                       DecisionDraft.CollectiveDecision collective) {
        return new DecisionDraft(List.of(new DecisionDraft.Fact("使用未经检验的电梯", evidence)),
                "《特种设备安全法》第八十四条", circumstance, new BigDecimal(fine), null, "首次违法，及时改正",
                List.of(new DecisionDraft.Statement("已停用", true, "现场核实属实")), collective);
    }

    private static List<String> refusal(DecisionDraft d) {
        try {
            DecisionRules.check(d, Set.of(1L, 2L), BASES, DISCRETION);
        } catch (ValidationException e) {
            return e.violations().stream().map(v -> v.violation().code() + "@" + v.field()).toList();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aDecisionCitingEvidenceOfItsFileWithinTheBandPasses() {
        DecisionRules.Checked checked = DecisionRules.check(draft(List.of(1L, 2L), "轻微", "50000", null),
                Set.of(1L, 2L), BASES, DISCRETION);
        assertThat(checked.band()).isEqualTo(Band.MITIGATING);
        assertThat(checked.withinBand()).isTrue();
        assertThat(checked.lowest()).isEqualByComparingTo("30000");
    }

    @Test
    void evidenceNotInTheFileIsRefusedNamingTheFact() {
        assertThat(refusal(draft(List.of(1L, 99L), "轻微", "50000", null))).containsExactly("E5021@facts[0].evidence");
        assertThat(refusal(draft(List.of(), "轻微", "50000", null))).containsExactly("E5020@facts[0].evidence");
    }

    @Test
    void aFineOutsideTheBandNeedsACompleteCollectiveDecision() {
        assertThat(refusal(draft(List.of(1L), "轻微", "20000", null))).containsExactly("E5024@fine");
        assertThat(refusal(draft(List.of(1L), "轻微", "20000",
                new DecisionDraft.CollectiveDecision(LocalDate.of(2026, 12, 1), " ", "减轻处罚"))))
                .containsExactly("E5028@collective");
        DecisionRules.Checked checked = DecisionRules.check(draft(List.of(1L), "轻微", "20000",
                new DecisionDraft.CollectiveDecision(LocalDate.of(2026, 12, 1), "局长、副局长、法制科长", "减轻处罚")),
                Set.of(1L), BASES, DISCRETION);
        assertThat(checked.withinBand()).isFalse();
    }

    @Test
    void theBasisAndTheCircumstanceMustBeTheItemsAndAMultipleNeedsTheGoodsValue() {
        DecisionDraft otherBasis = new DecisionDraft(List.of(new DecisionDraft.Fact("事实", List.of(1L))),
                "《产品质量法》第四十九条", "一般", new BigDecimal("150000"), null, "理由", List.of(), null);
        assertThat(refusal(otherBasis)).containsExactly("E5022@legalBasis");
        assertThat(refusal(draft(List.of(1L), "特别严重", "50000", null))).containsExactly("E5023@circumstance");
        assertThat(refusal(draft(List.of(1L), "严重", "50000", null))).containsExactly("E5025@goodsValue");
    }

    @Test
    void eachStatementOfThePartyIsAnsweredWithWhy() {
        DecisionDraft unanswered = new DecisionDraft(List.of(new DecisionDraft.Fact("事实", List.of(1L))),
                BASES.get(0), "一般", new BigDecimal("150000"), null, "理由",
                List.of(new DecisionDraft.Statement("不知情", false, " ")), null);
        assertThat(refusal(unanswered)).containsExactly("E5027@statements[0]");
    }
}
