package org.qualityguard.sampling.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A multinomial naive Bayes classifier of complaint texts into catalogue categories, trained on the complaints staff
 * have labelled. Each category's word probabilities are smoothed (Laplace, add one), so a word never seen with a
 * category does not rule it out. The confidence of a prediction is the posterior probability of its category, the
 * log-probabilities normalised over all categories. Immutable: retraining makes a new one.
 */
public final class ComplaintClassifier {

    /** A text with the category staff gave it. */
    public record Labelled(String text, String category) {
    }

    /** The most probable category, its posterior probability, and the runner-up for a reviewer to compare. */
    public record Prediction(String category, double confidence, String runnerUp, double runnerUpConfidence) {
    }

    private final Map<String, Double> logPrior = new HashMap<>();
    private final Map<String, Map<String, Integer>> wordCounts = new HashMap<>();
    private final Map<String, Integer> totalWords = new HashMap<>();
    private final Set<String> vocabulary = new HashSet<>();
    private final int examples;

    private ComplaintClassifier(List<Labelled> labelled) {
        this.examples = labelled.size();
        Map<String, Integer> docs = new HashMap<>();
        for (Labelled l : labelled) {
            docs.merge(l.category(), 1, Integer::sum);
            Map<String, Integer> counts = wordCounts.computeIfAbsent(l.category(), c -> new HashMap<>());
            for (String w : ChineseText.words(l.text())) {
                counts.merge(w, 1, Integer::sum);
                totalWords.merge(l.category(), 1, Integer::sum);
                vocabulary.add(w);
            }
        }
        docs.forEach((category, n) -> logPrior.put(category, Math.log((double) n / examples)));
    }

    public static ComplaintClassifier train(List<Labelled> labelled) {
        return new ComplaintClassifier(labelled);
    }

    /** How many labelled complaints it learnt from. */
    public int examples() {
        return examples;
    }

    public boolean isTrained() {
        return logPrior.size() >= 2;
    }

    /** The prediction for a text, or {@code null} while fewer than two categories have been labelled. */
    public Prediction classify(String text) {
        if (!isTrained()) {
            return null;
        }
        List<String> words = ChineseText.words(text);
        int v = vocabulary.size() + 1;
        List<Map.Entry<String, Double>> scores = new ArrayList<>();
        for (Map.Entry<String, Double> prior : logPrior.entrySet()) {
            String category = prior.getKey();
            Map<String, Integer> counts = wordCounts.getOrDefault(category, Map.of());
            double denominator = Math.log(totalWords.getOrDefault(category, 0) + (double) v);
            double score = prior.getValue();
            for (String w : words) {
                score += Math.log(counts.getOrDefault(w, 0) + 1.0) - denominator;
            }
            scores.add(Map.entry(category, score));
        }
        scores.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        double best = scores.get(0).getValue();
        double sum = scores.stream().mapToDouble(e -> Math.exp(e.getValue() - best)).sum();
        return new Prediction(scores.get(0).getKey(), 1.0 / sum, scores.get(1).getKey(),
                Math.exp(scores.get(1).getValue() - best) / sum);
    }

    /** The share of the labelled texts whose predicted category is their label. */
    public double accuracyOn(List<Labelled> heldBack) {
        if (heldBack.isEmpty()) {
            return Double.NaN;
        }
        long right = heldBack.stream().filter(l -> {
            Prediction p = classify(l.text());
            return p != null && p.category().equals(l.category());
        }).count();
        return (double) right / heldBack.size();
    }
}
