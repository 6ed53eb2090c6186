package org.qualityguard.identity;

/** What a member of staff may do; a staff account holds one or more. */
public enum Role {
    /** Port or county inspector: keeps the registry, inspects, records results. */
    INSPECTOR,
    /** Risk officer: watches risk signals, confirms or dismisses warnings. */
    ANALYST,
    /** Section chief or bureau leader: approves plans, decisions and publications. */
    CHIEF,
    /** Administers organisations, staff and reference data within the division. */
    ADMIN,
    /** Staff of a partner agency: exchanges notifications, sees nothing of the registry. */
    PARTNER,
    /** An integration account of a declaring system (the single window): submits lots for a decision. */
    DECLARATION_SYSTEM,
    /** An integration account of a laboratory system: records inspection results of lots in its division. */
    LABORATORY;

    public String authority() {
        return "ROLE_" + name();
    }
}
