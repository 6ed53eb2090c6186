package org.qualityguard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.qualityguard.identity.Permission;
import org.qualityguard.shared.Workflow.Transition;
import org.qualityguard.support.Bundles;

/**
 * Every workflow of the platform, found among its classes, walked edge by edge: each state is reached from the
 * initial one, each edge is the one its command takes from its state, names a guard that is a Permission and a
 * past-tense event, and no command leads anywhere from a state the table gives it no edge from.
 */
class WorkflowsTest {

    private static final Set<String> PERMISSIONS = new HashSet<>(
            Arrays.stream(Permission.values()).map(Enum::name).toList());

    @Test
    void everyWorkflowConstantOfThePlatformIsFound() throws Exception {
        Set<Object> declared = new HashSet<>();
        for (var type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.qualityguard")) {
            for (JavaField f : type.getFields()) {
                if (f.getRawType().isEquivalentTo(Workflow.class) && f.getModifiers().contains(
                        com.tngtech.archunit.core.domain.JavaModifier.STATIC)) {
                    var field = f.reflect();
                    assertThat(Modifier.isPublic(field.getModifiers())).as(f.getFullName()).isTrue();
                    declared.add(field.get(null));
                }
            }
        }
        assertThat(declared).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Workflows.all()).containsExactlyInAnyOrderElementsOf(declared.stream()
                .map(w -> (Workflow<?>) w).toList());
    }

    @Test
    void everyEdgeOfEveryWorkflowIsWalked() {
        for (Workflow<?> workflow : Workflows.all()) {
            walk(workflow);
        }
    }

    @Test
    void everyWorkflowItsStatesCommandsAndGuardsReadInBothLanguages() {
        for (var bundle : List.of(Bundles.ZH, Bundles.EN)) {
            Map<String, String> texts = Bundles.texts(bundle);
            Set<String> missing = new TreeSet<>();
            for (Workflow<?> workflow : Workflows.all()) {
                // a workflow's own label (workflow.powerItem.state.REVIEWED) or the shared one (workflow.state.REVIEWED)
                Consumer<String> need = key -> {
                    if (!texts.containsKey(key) && !texts.containsKey(key.replaceFirst("^workflow\\.",
                            "workflow." + workflow.name() + "."))) {
                        missing.add(workflow.name() + ": " + key);
                    }
                };
                if (!texts.containsKey("workflow." + workflow.name())) {
                    missing.add("workflow." + workflow.name());
                }
                workflow.states().forEach(s -> need.accept("workflow.state." + s.name()));
                workflow.table().forEach(t -> need.accept("workflow.command." + t.command()));
            }
            assertThat(missing).as("labels missing from %s", bundle.getFileName()).isEmpty();
        }
    }

    @Test
    void everyPermissionHasALabelInBothLanguages() {
        for (var bundle : List.of(Bundles.ZH, Bundles.EN)) {
            Map<String, String> texts = Bundles.texts(bundle);
            assertThat(PERMISSIONS.stream().map(p -> "permission." + p).filter(k -> !texts.containsKey(k)).sorted()
                    .toList()).as("permissions without a label in %s", bundle.getFileName()).isEmpty();
        }
    }

    private static <S extends Enum<S>> void walk(Workflow<S> workflow) {
        Set<S> reached = new HashSet<>(List.of(workflow.initial()));
        Deque<S> open = new ArrayDeque<>(reached);
        Set<Transition<S>> walked = new HashSet<>();
        while (!open.isEmpty()) {
            S state = open.removeFirst();
            for (Transition<S> edge : workflow.from(state)) {
                assertThat(workflow.transition(state, edge.command())).as(edge.toString()).contains(edge);
                assertThat(PERMISSIONS).as("the guard of " + edge).contains(edge.guard());
                walked.add(edge);
                if (reached.add(edge.to())) {
                    open.addLast(edge.to());
                }
            }
        }
        assertThat(walked).as(workflow.name() + ": every edge leaves a reachable state")
                .containsExactlyInAnyOrderElementsOf(workflow.table());
        assertThat(reached).as(workflow.name() + ": every state is reached")
                .containsExactlyInAnyOrderElementsOf(workflow.states());
        assertThat(workflow.table()).as(workflow.name() + ": events are names (PlanApproved)")
                .allSatisfy(t -> assertThat(t.event()).matches("[A-Z][A-Za-z]+"));
        Set<String> commands = new HashSet<>(workflow.table().stream().map(Transition::command).toList());
        for (S state : workflow.states()) {
            for (String command : commands) {
                boolean hasEdge = workflow.table().stream()
                        .anyMatch(t -> t.from() == state && t.command().equals(command));
                assertThat(workflow.transition(state, command).isPresent()).as(state + " " + command)
                        .isEqualTo(hasEdge);
            }
        }
    }
}
