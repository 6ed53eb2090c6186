package org.qualityguard.enterprise;

/** Told how far an import has come, so that a long one can show a progress bar. */
@FunctionalInterface
public interface ImportProgress {

    enum Phase { READING, CHECKING, WRITING, DONE }

    void update(Phase phase, int done, int total);

    ImportProgress NONE = (phase, done, total) -> { };
}
