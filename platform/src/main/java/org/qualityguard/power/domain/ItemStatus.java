package org.qualityguard.power.domain;

import java.util.List;
import java.util.Set;

import org.qualityguard.shared.Workflow;
import org.qualityguard.shared.Workflow.Transition;

/**
 * The life of one version of a power item: drafted, legally reviewed (法制审核) or sent back, confirmed by the leader,
 * published; a published version stays in force until an amendment (a new version of the same code) is published and
 * supersedes it, or until it is suspended or abolished with a reason. A suspended version may be resumed.
 */
public enum ItemStatus {
    DRAFTED, REJECTED, REVIEWED, CONFIRMED, PUBLISHED, SUPERSEDED, SUSPENDED, ABOLISHED;

    public static final String REVIEW = "review";
    public static final String REJECT = "reject";
    public static final String CONFIRM = "confirm";
    public static final String PUBLISH = "publish";
    public static final String SUPERSEDE = "supersede";
    public static final String SUSPEND = "suspend";
    public static final String RESUME = "resume";
    public static final String ABOLISH = "abolish";

    public static final Workflow<ItemStatus> WORKFLOW = new Workflow<>("powerItem", DRAFTED, List.of(
            new Transition<>(DRAFTED, REVIEW, "REVIEW_POWER_ITEM", REVIEWED, "ItemLegallyReviewed"),
            new Transition<>(DRAFTED, REJECT, "REVIEW_POWER_ITEM", REJECTED, "ItemRejected"),
            new Transition<>(REVIEWED, CONFIRM, "CONFIRM_POWER_ITEM", CONFIRMED, "ItemConfirmed"),
            new Transition<>(CONFIRMED, PUBLISH, "CONFIRM_POWER_ITEM", PUBLISHED, "ItemPublished"),
            new Transition<>(PUBLISHED, SUPERSEDE, "CONFIRM_POWER_ITEM", SUPERSEDED, "ItemSuperseded"),
            new Transition<>(SUSPENDED, SUPERSEDE, "CONFIRM_POWER_ITEM", SUPERSEDED, "ItemSuperseded"),
            new Transition<>(PUBLISHED, SUSPEND, "CONFIRM_POWER_ITEM", SUSPENDED, "ItemSuspended"),
            new Transition<>(SUSPENDED, RESUME, "CONFIRM_POWER_ITEM", PUBLISHED, "ItemResumed"),
            new Transition<>(PUBLISHED, ABOLISH, "CONFIRM_POWER_ITEM", ABOLISHED, "ItemAbolished"),
            new Transition<>(SUSPENDED, ABOLISH, "CONFIRM_POWER_ITEM", ABOLISHED, "ItemAbolished")));

    /** The commands a member of staff gives; supersede is the platform's, when an amendment is published. */
    public static final Set<String> COMMANDS = Set.of(REVIEW, REJECT, CONFIRM, PUBLISH, SUSPEND, RESUME, ABOLISH);

    /** The commands that need a reason on the record. */
    public static final Set<String> NEED_REASON = Set.of(REJECT, SUSPEND, ABOLISH);

    /** A version in force or held: the one an amendment replaces; at most one per code. */
    public boolean inForce() {
        return this == PUBLISHED || this == SUSPENDED;
    }

    /** A version still on its way to publication: while one exists, no other amendment of the code is drafted. */
    public boolean open() {
        return this == DRAFTED || this == REVIEWED || this == CONFIRMED;
    }
}
