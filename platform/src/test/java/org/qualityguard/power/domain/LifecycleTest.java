package org.qualityguard.power.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.ValidationException;
import org.qualityguard.shared.Workflow;

class LifecycleTest {

    private static List<String> codes(Throwable e) {
        return ((ValidationException) e).violations().stream().map(v -> v.violation().code()).toList();
    }

    @Test
    void everyEdgeAStaffMemberMayTakeLeadsFromItsSourceToItsTarget() {
        int walked = 0;
        for (Workflow.Transition<ItemStatus> t : ItemStatus.WORKFLOW.table()) {
            if (!ItemStatus.COMMANDS.contains(t.command())) {
                continue;
            }
            Workflow.Transition<ItemStatus> taken = Lifecycle.edge(t.from(), t.command(), "chief", "drafter",
                    "依据修订");
            assertThat(taken.to()).as(t.from() + " --" + t.command() + "->").isEqualTo(t.to());
            assertThat(taken.event()).as("a past-tense event").matches("Item[A-Za-z]+(ed|Back)");
            walked++;
        }
        assertThat(walked).isEqualTo(ItemStatus.WORKFLOW.table().size() - 2);
    }

    @Test
    void aDraftReachesPublicationOnlyThroughLegalReviewAndConfirmation() {
        ItemStatus s = ItemStatus.DRAFTED;
        for (String command : List.of(ItemStatus.REVIEW, ItemStatus.CONFIRM, ItemStatus.PUBLISH)) {
            s = Lifecycle.edge(s, command, "chief", "drafter", null).to();
        }
        assertThat(s).isEqualTo(ItemStatus.PUBLISHED);
        for (ItemStatus early : List.of(ItemStatus.DRAFTED, ItemStatus.REVIEWED)) {
            assertThatThrownBy(() -> Lifecycle.edge(early, ItemStatus.PUBLISH, "chief", "drafter", null))
                    .satisfies(e -> assertThat(codes(e)).containsExactly("E4130"));
        }
        assertThatThrownBy(() -> Lifecycle.edge(ItemStatus.DRAFTED, ItemStatus.CONFIRM, "chief", "drafter", null))
                .satisfies(e -> assertThat(codes(e)).containsExactly("E4130"));
    }

    @Test
    void theDrafterNeitherReviewsNorConfirmsTheirOwnDraft() {
        assertThatThrownBy(() -> Lifecycle.edge(ItemStatus.DRAFTED, ItemStatus.REVIEW, "li", "li", null))
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(FieldViolation::field)
                        .containsExactly("reviewer"));
        assertThatThrownBy(() -> Lifecycle.edge(ItemStatus.REVIEWED, ItemStatus.CONFIRM, "li", "li", null))
                .satisfies(e -> assertThat(codes(e)).containsExactly("E4132"));
        assertThat(Lifecycle.edge(ItemStatus.CONFIRMED, ItemStatus.PUBLISH, "li", "li", null).to())
                .as("publication of a confirmed item is not a judgement on it").isEqualTo(ItemStatus.PUBLISHED);
    }

    @Test
    void sendingBackSuspendingAndAbolishingNeedAReason() {
        assertThatThrownBy(() -> Lifecycle.edge(ItemStatus.PUBLISHED, ItemStatus.SUSPEND, "chief", "drafter", " "))
                .satisfies(e -> assertThat(codes(e)).containsExactly("E4133"));
        assertThatThrownBy(() -> Lifecycle.edge(ItemStatus.SUSPENDED, ItemStatus.ABOLISH, "chief", "drafter", null))
                .satisfies(e -> assertThat(codes(e)).containsExactly("E4133"));
        assertThatThrownBy(() -> Lifecycle.edge(ItemStatus.DRAFTED, ItemStatus.REJECT, "chief", "drafter", ""))
                .satisfies(e -> assertThat(codes(e)).containsExactly("E4133"));
        assertThat(Lifecycle.edge(ItemStatus.PUBLISHED, ItemStatus.ABOLISH, "chief", "drafter", "法律废止").to())
                .isEqualTo(ItemStatus.ABOLISHED);
    }

    @Test
    void anAbolishedOrSupersededVersionIsTheEndOfItsLife() {
        for (ItemStatus end : EnumSet.of(ItemStatus.ABOLISHED, ItemStatus.SUPERSEDED, ItemStatus.REJECTED)) {
            assertThat(ItemStatus.WORKFLOW.table()).noneMatch(t -> t.from() == end);
        }
    }

    @Test
    void supersedingIsThePlatformsMoveWhenAnAmendmentIsPublishedNotAStaffCommand() {
        assertThatThrownBy(() -> Lifecycle.edge(ItemStatus.PUBLISHED, ItemStatus.SUPERSEDE, "chief", "drafter", "x"))
                .satisfies(e -> assertThat(codes(e)).containsExactly("E4130"));
        Set<ItemStatus> superseded = ItemStatus.WORKFLOW.table().stream()
                .filter(t -> t.command().equals(ItemStatus.SUPERSEDE)).map(Workflow.Transition::from)
                .collect(Collectors.toSet());
        assertThat(superseded).as("what an amendment replaces: the version in force")
                .isEqualTo(EnumSet.of(ItemStatus.PUBLISHED, ItemStatus.SUSPENDED));
    }

    @Test
    void everyStateIsReachableFromADraft() {
        Set<ItemStatus> reached = EnumSet.of(ItemStatus.DRAFTED);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Workflow.Transition<ItemStatus> t : ItemStatus.WORKFLOW.table()) {
                if (reached.contains(t.from())) {
                    grew |= reached.add(t.to());
                }
            }
        }
        assertThat(reached).isEqualTo(EnumSet.allOf(ItemStatus.class));
    }
}
