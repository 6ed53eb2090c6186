package org.qualityguard.enforcement.domain;

import java.util.List;
import java.util.Set;

import org.qualityguard.shared.Workflow;
import org.qualityguard.shared.Workflow.Transition;

/**
 * The life of an enforcement case under the ordinary procedure (《市场监督管理行政处罚程序规定》): a lead is filed
 * (立案) or not filed, with a reason; the case is investigated, goes to legal review when it is major (重大案件法制审核),
 * the party is told of the intended penalty and of the rights to state, defend and ask for a hearing (事先告知), the case
 * is decided, the decision served, executed, and the case closed. Until it is decided a filed case may be withdrawn
 * (撤销立案), with a reason. The summary procedure (简易程序) is its own path: a small fine decided on the spot, then
 * executed and closed.
 */
public enum CaseStatus {
    LEAD, NOT_FILED, FILED, INVESTIGATING, LEGAL_REVIEW, NOTIFIED, DECIDED, SERVED, DECIDED_ON_THE_SPOT, EXECUTED,
    CLOSED, WITHDRAWN;

    public static final String FILE = "file";
    public static final String DECLINE = "decline";
    public static final String DECIDE_ON_THE_SPOT = "decideOnTheSpot";
    public static final String INVESTIGATE = "investigate";
    public static final String REFER_FOR_REVIEW = "referForReview";
    public static final String NOTIFY = "notify";
    public static final String DECIDE = "decide";
    public static final String SERVE = "serve";
    public static final String EXECUTE = "execute";
    public static final String CLOSE = "close";
    public static final String WITHDRAW = "withdraw";

    private static final String HANDLE = "HANDLE_CASE";
    private static final String APPROVE = "DECIDE_CASE";
    private static final String REVIEW = "REVIEW_CASE_LEGALITY";

    public static final Workflow<CaseStatus> WORKFLOW = new Workflow<>("enforcementCase", LEAD, List.of(
            new Transition<>(LEAD, FILE, APPROVE, FILED, "CaseFiled"),
            new Transition<>(LEAD, DECLINE, APPROVE, NOT_FILED, "CaseNotFiled"),
            new Transition<>(LEAD, DECIDE_ON_THE_SPOT, HANDLE, DECIDED_ON_THE_SPOT, "FinedOnTheSpot"),
            new Transition<>(FILED, INVESTIGATE, HANDLE, INVESTIGATING, "InvestigationBegun"),
            new Transition<>(INVESTIGATING, REFER_FOR_REVIEW, HANDLE, LEGAL_REVIEW, "ReferredForLegalReview"),
            new Transition<>(INVESTIGATING, NOTIFY, HANDLE, NOTIFIED, "PartyNotified"),
            new Transition<>(LEGAL_REVIEW, NOTIFY, REVIEW, NOTIFIED, "PartyNotified"),
            new Transition<>(NOTIFIED, DECIDE, APPROVE, DECIDED, "CaseDecided"),
            new Transition<>(DECIDED, SERVE, HANDLE, SERVED, "DecisionServed"),
            new Transition<>(SERVED, EXECUTE, HANDLE, EXECUTED, "DecisionExecuted"),
            new Transition<>(DECIDED_ON_THE_SPOT, EXECUTE, HANDLE, EXECUTED, "DecisionExecuted"),
            new Transition<>(EXECUTED, CLOSE, APPROVE, CLOSED, "CaseClosed"),
            new Transition<>(FILED, WITHDRAW, APPROVE, WITHDRAWN, "CaseWithdrawn"),
            new Transition<>(INVESTIGATING, WITHDRAW, APPROVE, WITHDRAWN, "CaseWithdrawn"),
            new Transition<>(LEGAL_REVIEW, WITHDRAW, APPROVE, WITHDRAWN, "CaseWithdrawn"),
            new Transition<>(NOTIFIED, WITHDRAW, APPROVE, WITHDRAWN, "CaseWithdrawn")));

    /** The commands a person gives on the case page (deciding, on the spot or not, has its own form). */
    public static final Set<String> MOVES = Set.of(FILE, DECLINE, INVESTIGATE, REFER_FOR_REVIEW, NOTIFY, SERVE,
            EXECUTE, CLOSE, WITHDRAW);

    /** The commands that need a reason on the record. */
    public static final Set<String> NEED_REASON = Set.of(DECLINE, WITHDRAW);

    /** Nothing of the case changes any more: its file is closed. */
    public boolean closed() {
        return this == CLOSED || this == NOT_FILED || this == WITHDRAWN;
    }

    /** The filing clock runs while the lead waits for the decision to file. */
    public boolean awaitingFiling() {
        return this == LEAD;
    }

    /** The case is filed and not yet decided: the decision clock runs and evidence is still collected. */
    public boolean underInvestigation() {
        return this == FILED || this == INVESTIGATING || this == LEGAL_REVIEW || this == NOTIFIED;
    }
}
