package org.qualityguard.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qualityguard.shared.Workflow.Transition;

class PlanStatusTest {

    @Test
    void everyStatusIsReachedFromADraftAlongTheTable() {
        Set<PlanStatus> reached = EnumSet.of(PlanStatus.DRAFT);
        Deque<PlanStatus> open = new ArrayDeque<>(reached);
        while (!open.isEmpty()) {
            PlanStatus from = open.removeFirst();
            for (Transition<PlanStatus> t : PlanStatus.WORKFLOW.table()) {
                if (t.from() == from && reached.add(t.to())) {
                    open.addLast(t.to());
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(PlanStatus.values());
    }

    @Test
    void aCommandLeadsFromAStateAlongOneEdgeAndEveryEdgeNamesItsPastTenseEvent() {
        Set<String> seen = new HashSet<>();
        for (Transition<PlanStatus> t : PlanStatus.WORKFLOW.table()) {
            assertThat(seen.add(t.from() + "/" + t.command())).as(t.toString()).isTrue();
            assertThat(t.event()).startsWith("Plan").endsWith("ed");
            assertThat(PlanStatus.WORKFLOW.transition(t.from(), t.command())).contains(t);
        }
    }

    @Test
    void aPublishedOrSupersededPlanGoesNowhereAndAnApprovedOneIsNotApprovedAgain() {
        for (String command : new String[] {PlanStatus.APPROVE, PlanStatus.PUBLISH, PlanStatus.SUPERSEDE}) {
            assertThat(PlanStatus.WORKFLOW.transition(PlanStatus.PUBLISHED, command)).isEmpty();
            assertThat(PlanStatus.WORKFLOW.transition(PlanStatus.SUPERSEDED, command)).isEmpty();
        }
        assertThat(PlanStatus.WORKFLOW.transition(PlanStatus.APPROVED, PlanStatus.APPROVE)).isEmpty();
        assertThat(PlanStatus.WORKFLOW.transition(PlanStatus.DRAFT, PlanStatus.PUBLISH)).isEmpty();
    }
}
