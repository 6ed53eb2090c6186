package org.qualityguard.shared;

import java.util.List;
import java.util.Optional;

/**
 * A workflow as one transition table: from which state a command leads to which state, and the past-tense event that
 * says it happened. A status changes only along an edge of its table, so the table is the whole of what may happen
 * to the object; stores write the edge's target where the row is still in the edge's source state.
 */
public final class Workflow<S extends Enum<S>> {

    /** One edge: {@code command} in state {@code from} leads to {@code to} and is told as {@code event}. */
    public record Transition<S extends Enum<S>>(S from, String command, S to, String event) {
    }

    private final List<Transition<S>> table;

    public Workflow(List<Transition<S>> table) {
        this.table = List.copyOf(table);
    }

    public List<Transition<S>> table() {
        return table;
    }

    /** The edge the command takes from the state, if the table has one. */
    public Optional<Transition<S>> transition(S from, String command) {
        return table.stream().filter(t -> t.from() == from && t.command().equals(command)).findFirst();
    }

    /** The edge the command takes from its source state, whatever the current state is (e.g. for a bulk move). */
    public Transition<S> edge(String command) {
        return table.stream().filter(t -> t.command().equals(command)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no transition for " + command));
    }
}
