package org.qualityguard.shared;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A workflow as one transition table: from which state a command leads to which state, the guard that must hold
 * for it (the name of an {@code identity.Permission}, or of a named policy), and the past-tense event that says it
 * happened. A status changes only along an edge of its table, so the table is the whole of what may happen to the
 * object; stores write the edge's target where the row is still in the edge's source state.
 *
 * <p>Declare a workflow as a {@code public static final Workflow<…>} constant (conventionally {@code WORKFLOW} on
 * its state enum): {@link Workflows} finds every such constant, a test walks every edge of each, and the console
 * draws them.
 */
public final class Workflow<S extends Enum<S>> {

    /**
     * One edge: {@code command} in state {@code from}, allowed when {@code guard} holds, leads to {@code to} and is
     * told as {@code event} (past tense, e.g. {@code PlanApproved}).
     */
    public record Transition<S extends Enum<S>>(S from, String command, String guard, S to, String event) {
        public Transition {
            if (from == null || to == null || blank(command) || blank(guard) || blank(event)) {
                throw new IllegalArgumentException("an edge names its states, command, guard and event: " + command);
            }
            if (!event.endsWith("ed")) {
                throw new IllegalArgumentException("an edge's event is told in the past tense: " + event);
            }
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    private final String name;
    private final S initial;
    private final List<Transition<S>> table;

    /**
     * The workflow {@code name} (a message key's last part: {@code workflow.<name>}) starting in {@code initial};
     * refused when a state has two edges for one command.
     */
    public Workflow(String name, S initial, List<Transition<S>> table) {
        this.name = name;
        this.initial = initial;
        this.table = List.copyOf(table);
        Set<String> seen = new HashSet<>();
        for (Transition<S> t : this.table) {
            if (!seen.add(t.from() + "/" + t.command())) {
                throw new IllegalArgumentException("two edges for " + t.command() + " from " + t.from());
            }
        }
    }

    public String name() {
        return name;
    }

    public S initial() {
        return initial;
    }

    /** Every state of the workflow's enum, in declaration order. */
    public List<S> states() {
        return List.copyOf(EnumSet.allOf(initial.getDeclaringClass()));
    }

    public List<Transition<S>> table() {
        return table;
    }

    /** The edge the command takes from the state, if the table has one. */
    public Optional<Transition<S>> transition(S from, String command) {
        return table.stream().filter(t -> t.from() == from && t.command().equals(command)).findFirst();
    }

    /** The edges leaving the state. */
    public List<Transition<S>> from(S state) {
        List<Transition<S>> out = new ArrayList<>();
        table.forEach(t -> {
            if (t.from() == state) {
                out.add(t);
            }
        });
        return out;
    }

    /** The edge the command takes from its source state, whatever the current state is (e.g. for a bulk move). */
    public Transition<S> edge(String command) {
        return table.stream().filter(t -> t.command().equals(command)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no transition for " + command));
    }
}
