package org.qualityguard.replay;

import java.util.List;

/** A file the replay refuses: every problem found, each with its line number. */
final class MalformedFileException extends Exception {

    private final List<String> problems;

    MalformedFileException(String file, List<String> problems, long total) {
        super(file + ": " + total + " malformed row(s); the replay refuses rather than guess:\n  "
                + String.join("\n  ", problems) + (total > problems.size() ? "\n  …" : ""));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
