package org.qualityguard.sampling.demo;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.qualityguard.sampling.domain.ComplaintClassifier;
import org.qualityguard.sampling.domain.ComplaintText;

/**
 * Prints the complaint classifier's accuracy on the demo labels it was not trained on (the held-back fifth), overall
 * and per category. A harness, not a test: {@code java -cp … org.qualityguard.sampling.demo.ClassifierAccuracy}.
 */
public final class ClassifierAccuracy {

    private ClassifierAccuracy() {
    }

    public static void main(String[] args) {
        List<DemoComplaintSet.DemoComplaint> set = DemoComplaintSet.demo();
        List<ComplaintClassifier.Labelled> training = set.stream().filter(c -> !c.heldBack())
                .map(c -> new ComplaintClassifier.Labelled(ComplaintText.of(c.productName(), c.brand(), c.problem()),
                        c.category())).toList();
        List<ComplaintClassifier.Labelled> heldBack = DemoComplaintSet.heldBack(set);
        ComplaintClassifier classifier = ComplaintClassifier.train(training);
        Map<String, int[]> perCategory = new TreeMap<>();
        for (ComplaintClassifier.Labelled l : heldBack) {
            int[] counts = perCategory.computeIfAbsent(l.category(), k -> new int[2]);
            counts[1]++;
            if (classifier.classify(l.text()).category().equals(l.category())) {
                counts[0]++;
            }
        }
        System.out.printf("trained on %d demo labels, held back %d: accuracy %.3f%n", training.size(),
                heldBack.size(), classifier.accuracyOn(heldBack));
        perCategory.forEach((category, c) -> System.out.printf("  %s %d/%d%n", category, c[0], c[1]));
    }
}
