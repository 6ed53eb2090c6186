package org.qualityguard.identity;

import static org.qualityguard.identity.Role.ADMIN;
import static org.qualityguard.identity.Role.ANALYST;
import static org.qualityguard.identity.Role.CHIEF;
import static org.qualityguard.identity.Role.DECLARATION_SYSTEM;
import static org.qualityguard.identity.Role.INSPECTOR;
import static org.qualityguard.identity.Role.LABORATORY;
import static org.qualityguard.identity.Role.PARTNER;

import java.util.EnumSet;
import java.util.Set;

/**
 * Each act of the platform that not every member of staff may perform, in the domain's words, with the roles that
 * may perform it. This table is the one place that says which role may do what; {@link AccessPolicy} applies it,
 * and a test forbids asking a {@link StaffUser} for its roles anywhere else. Where the act concerns data of a
 * division, the policy also requires the actor's division to contain that division.
 */
public enum Permission {
    /** See enterprises and special-equipment units of the division. */
    READ_REGISTRY(INSPECTOR, ANALYST, CHIEF, ADMIN),
    /** Register, change and import enterprises and equipment units. */
    KEEP_REGISTRY(INSPECTOR, CHIEF, ADMIN),
    /** See grades, plans, inspection records and coverage. */
    READ_SUPERVISION(INSPECTOR, ANALYST, CHIEF, ADMIN),
    /** Regrade an enterprise, override its grade, set a grade back. */
    GRADE_ENTERPRISE(ANALYST, CHIEF, ADMIN),
    /** Re-grade every enterprise of a division afresh (the yearly re-grade), lifting overrides. */
    REGRADE_DIVISION(CHIEF, ADMIN),
    /** Change reference data (scoring tables, inspection cycles): only at the level of the division it applies to. */
    CHANGE_REFERENCE_DATA(ADMIN),
    /** Draw an inspection plan (double random). */
    DRAW_PLAN(ANALYST, CHIEF, ADMIN),
    /** Approve and publish a plan. */
    APPROVE_PLAN(CHIEF),
    /** Record that an inspector must not inspect an enterprise. */
    RECORD_CONFLICT_OF_INTEREST(CHIEF, ADMIN),
    /** Record an inspection of one's own task, and add photos to a record. */
    RECORD_INSPECTION(INSPECTOR, CHIEF),
    /** Record an inspection assigned to other inspectors. */
    RECORD_OTHERS_INSPECTION(CHIEF),
    /** Co-sign, as the second drawn inspector, an inspection record the first made. */
    COSIGN_INSPECTION(INSPECTOR),
    /** Approve an inspection record, so that the portal shows its result. */
    APPROVE_INSPECTION(CHIEF),
    /** Submit import/export lots for a risk decision. */
    SUBMIT_LOTS(INSPECTOR, DECLARATION_SYSTEM),
    /** See lots, their decisions and the worklist. */
    READ_LOTS(INSPECTOR, ANALYST, CHIEF, ADMIN, LABORATORY, DECLARATION_SYSTEM),
    /** Record the inspection result of a lot. */
    RECORD_LOT_RESULT(INSPECTOR, LABORATORY),
    /** See risk warnings and the risk dashboard. */
    READ_RISK(ANALYST, CHIEF, INSPECTOR, ADMIN),
    /** Reproduce a bureau's selection of a day. */
    AUDIT_SELECTION(ANALYST, CHIEF, ADMIN, INSPECTOR),
    /** Confirm or dismiss a warning: only at the level of the division that contains all of its evidence. */
    DECIDE_WARNING(ANALYST, CHIEF),
    /** Comment on a warning one may see, without deciding it. */
    COMMENT_ON_WARNING(ANALYST, CHIEF, INSPECTOR),
    /** Record an outside signal on a cell for the risk engine: a partner's notification, a complaint, another
     *  bureau's result (analysts, administrators, partner agencies and the modules that publish them). */
    RECORD_SIGNAL(ANALYST, ADMIN, PARTNER),
    /** Refit the risk model, read the engine's learnt state: the engine serves the whole province. */
    MAINTAIN_ENGINE(ADMIN),
    /** See the public's complaints of the division, their photos, the sampling proposals and the standards table. */
    READ_COMPLAINTS(INSPECTOR, ANALYST, CHIEF, ADMIN),
    /** Confirm or correct the category of a complaint (which trains the classifier). */
    CLASSIFY_COMPLAINT(INSPECTOR, ANALYST, CHIEF),
    /** See the division's samples, their results and objections. */
    READ_SAMPLES(INSPECTOR, ANALYST, CHIEF, ADMIN, LABORATORY),
    /** Take a sample (a supervisory sampling act), and record an enterprise's objection to a failed one. */
    TAKE_SAMPLES(INSPECTOR, CHIEF),
    /** Enter a sample's laboratory results, judged against the standards table. */
    ENTER_SAMPLE_RESULTS(LABORATORY, CHIEF),
    /** Decide an enterprise's objection to a failed sample (the failure upheld or overturned). */
    DECIDE_SAMPLING_OBJECTION(CHIEF),
    /** Publish the results that nothing can change any more (the daily sweep does it too). */
    PUBLISH_SAMPLE_RESULTS(CHIEF),
    /** See the power catalogue with its drafts, reviews and history, and export it. */
    READ_POWER_CATALOGUE(INSPECTOR, ANALYST, CHIEF, ADMIN),
    /** Draft a power item or an amendment of one, and import the catalogue (as drafts). */
    DRAFT_POWER_ITEM(ANALYST, CHIEF, ADMIN),
    /** Review a drafted power item's legality (法制审核): never one's own draft. */
    REVIEW_POWER_ITEM(CHIEF, ADMIN),
    /** Confirm a reviewed power item as the leader, publish it, suspend, resume or abolish it. */
    CONFIRM_POWER_ITEM(CHIEF),
    /** Start an act's statutory clock and record its suspension, interruption, excluded periods, resumption and end;
     *  answer a supervision notice on one's organisation's act. */
    RUN_POWER_ACT(INSPECTOR, CHIEF),
    /** Approve an extension of an act's time limit (延长, by the head of the organ). */
    EXTEND_TIME_LIMIT(CHIEF),
    /** Electronic supervision of the division: see every act's clock and card, issue supervision notices. */
    SUPERVISE_POWER(CHIEF, ADMIN),
    /** Issue an official document (a decision, a notice) in the name of one's organisation. */
    ISSUE_DOCUMENT(INSPECTOR, CHIEF),
    /** Download the issued documents of the division. */
    READ_DOCUMENTS(INSPECTOR, ANALYST, CHIEF, ADMIN),
    /** See the enforcement cases of the division, their clocks, files and decisions. */
    READ_CASES(INSPECTOR, ANALYST, CHIEF, ADMIN),
    /** Open a case from a lead, investigate it, add evidence to its file, notify the party, serve and execute the
     *  decision, fine on the spot (summary procedure). */
    HANDLE_CASE(INSPECTOR, CHIEF),
    /** Approve filing or not filing a case, decide it, withdraw it, close it (the head of the organ). */
    DECIDE_CASE(CHIEF),
    /** Review a major case's legality before the party is notified (法制审核). */
    REVIEW_CASE_LEGALITY(CHIEF, ADMIN),
    /** Read and export the audit trail of the division. */
    READ_AUDIT_TRAIL(ADMIN),
    /** Walk the audit chain. */
    VERIFY_AUDIT_TRAIL(ADMIN);

    private final Set<Role> holders;

    Permission(Role first, Role... more) {
        this.holders = Set.copyOf(EnumSet.of(first, more));
    }

    /** The roles that hold this permission; any one of them is enough. */
    public Set<Role> holders() {
        return holders;
    }
}
