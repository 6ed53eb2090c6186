package org.qualityguard.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qualityguard.shared.ValidationException;

class CaseRulesTest {

    private static CaseStatus walk(CaseStatus from, boolean major, String... commands) {
        CaseStatus status = from;
        for (String command : commands) {
            status = CaseRules.edge(status, command, "理由", major).to();
        }
        return status;
    }

    private static List<String> codes(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e.violations().stream().map(v -> v.violation().code()).toList();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void anOrdinaryCaseGoesFromLeadThroughNoticeAndDecisionToClosing() {
        assertThat(walk(CaseStatus.LEAD, false, "file", "investigate", "notify", "decide", "serve", "execute",
                "close")).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void aMajorCaseReachesTheNoticeOnlyThroughLegalReview() {
        assertThat(codes(() -> walk(CaseStatus.LEAD, true, "file", "investigate", "notify"))).containsExactly("E5005");
        assertThat(walk(CaseStatus.LEAD, true, "file", "investigate", "referForReview", "notify"))
                .isEqualTo(CaseStatus.NOTIFIED);
    }

    @Test
    void theSummaryProcedureIsItsOwnPathFromLeadToClosing() {
        assertThat(walk(CaseStatus.LEAD, false, "decideOnTheSpot", "execute", "close")).isEqualTo(CaseStatus.CLOSED);
        assertThat(codes(() -> CaseRules.edge(CaseStatus.FILED, "decideOnTheSpot", null, false)))
                .containsExactly("E5000");
    }

    @Test
    void notFilingAndWithdrawingNeedAReason() {
        assertThat(codes(() -> CaseRules.edge(CaseStatus.LEAD, "decline", " ", false))).containsExactly("E5001");
        assertThat(codes(() -> CaseRules.edge(CaseStatus.NOTIFIED, "withdraw", null, false)))
                .containsExactly("E5001");
        assertThat(CaseRules.edge(CaseStatus.LEAD, "decline", "证据不足", false).event()).isEqualTo("CaseNotFiled");
    }

    @Test
    void aCommandOffTheTableIsRefusedAndAClosedCaseTakesNoCommandAtAll() {
        assertThat(codes(() -> CaseRules.edge(CaseStatus.FILED, "decide", null, false))).containsExactly("E5000");
        assertThat(codes(() -> CaseRules.edge(CaseStatus.DECIDED, "withdraw", "理由", false)))
                .containsExactly("E5000");
        for (CaseStatus done : List.of(CaseStatus.CLOSED, CaseStatus.NOT_FILED, CaseStatus.WITHDRAWN)) {
            assertThat(codes(() -> CaseRules.edge(done, "close", "理由", false))).containsExactly("E5014");
            assertThat(codes(() -> CaseRules.requireOpen(done))).containsExactly("E5014");
        }
    }

    @Test
    void everyEdgeIsGuardedByACasePermissionAndToldInThePastTense() {
        assertThat(CaseStatus.WORKFLOW.table()).allSatisfy(t -> {
            assertThat(t.guard()).isIn("HANDLE_CASE", "DECIDE_CASE", "REVIEW_CASE_LEGALITY");
            assertThat(t.event()).matches("[A-Z][a-z]+[A-Z][A-Za-z]*");
        });
        assertThat(CaseStatus.WORKFLOW.transition(CaseStatus.LEGAL_REVIEW, "notify").orElseThrow().guard())
                .as("the legal reviewer lets the notice go").isEqualTo("REVIEW_CASE_LEGALITY");
    }
}
