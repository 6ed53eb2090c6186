package org.qualityguard.sampling;

import java.util.concurrent.atomic.AtomicReference;

import org.qualityguard.sampling.domain.ComplaintClassifier;
import org.qualityguard.sampling.persistence.ComplaintStore;
import org.springframework.stereotype.Component;

/**
 * The classifier in use, trained on every complaint staff have labelled (demo complaints held back for measuring it
 * excepted). It is trained at start-up and again after each confirmation or correction, so that a correction counts
 * at once; a few thousand labels train in milliseconds.
 */
@Component
public class ComplaintClassification {

    private final ComplaintStore complaints;
    private final AtomicReference<ComplaintClassifier> current = new AtomicReference<>();

    ComplaintClassification(ComplaintStore complaints) {
        this.complaints = complaints;
    }

    public ComplaintClassifier current() {
        ComplaintClassifier c = current.get();
        return c != null ? c : retrain();
    }

    /** Trains afresh on what is labelled now. */
    public synchronized ComplaintClassifier retrain() {
        ComplaintClassifier trained = ComplaintClassifier.train(complaints.labelled());
        current.set(trained);
        return trained;
    }
}
