package org.shuzhi.archive.themes;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Gives a problem paragraph its theme: the nearest theme by content words, the way a reader files a problem by
 * what it is about rather than by a single word in it. Each theme is the bag of the content words of its
 * examples and description, each word weighted by how few themes use it (a word every theme's examples share
 * says nothing); the paragraph is its content words, those of its first sentence (what the problem is, not the
 * examples given for it) counted {@link Weights#head} times. The score is their cosine, plus
 * {@link Weights#cueInHead} when the first sentence names one of the theme's topics by its cues ({@link
 * ProblemThemes.Topic}) and {@link Weights#cueInText} when only the rest does. The best theme is kept when it
 * scores at least {@link Weights#threshold}; otherwise the paragraph has none (a cause, an excuse, a problem outside
 * party building). The weights were fitted on the demo corpus's problems
 * ({@code src/test/resources/archive/problem-themes-gold.tsv}, figures in docs/archive.md).
 */
public final class ThemeClassifier {
    /**
     * @param head      how many times the first sentence's words count
     * @param cueInHead added when the first sentence names one of the theme's topics
     * @param cueInText added when the paragraph names one of the theme's topics after its first sentence only
     * @param threshold below this score the paragraph gets no theme
     */
    public record Weights(double head, double cueInHead, double cueInText, double threshold) {
        public static final Weights DEFAULT = new Weights(2, 0.3, 0.1, 0.2);
    }

    /**
     * A paragraph's best theme (null below the threshold), its score, and the runner-up's. {@code theme} and {@code best} are exact; {@code score} and {@code runnerUp} leave out the bonus of a topic
     * named only after the first sentence when that bonus could not change the theme (diagnostics only).
     */
    public record Assignment(String theme, double score, String best, double runnerUp) {}

    private final ProblemThemes taxonomy;
    private final Weights weights;
    private final Function<String, Set<String>> words;
    private final Map<String, Double> idf = new HashMap<>();
    /** Theme → word → weight, normalised to length 1. */
    private final Map<String, Map<String, Double>> profiles = new LinkedHashMap<>();

    /** @param words the content words of a text (the archive's: nouns, verbs, adjectives … without stock words) */
    public ThemeClassifier(ProblemThemes taxonomy, Function<String, Set<String>> words) {
        this(taxonomy, words, Weights.DEFAULT);
    }

    /** With other weights: for fitting them. */
    public ThemeClassifier(ProblemThemes taxonomy, Function<String, Set<String>> words, Weights weights) {
        this.taxonomy = taxonomy;
        this.weights = weights;
        this.words = words;
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        Map<String, Integer> themesUsing = new HashMap<>();
        for (ProblemThemes.Theme t : taxonomy.themes()) {
            Map<String, Integer> c = new HashMap<>();
            for (String example : examplesOf(t)) for (String w : words.apply(example)) c.merge(w, 1, Integer::sum);
            counts.put(t.name(), c);
            for (String w : c.keySet()) themesUsing.merge(w, 1, Integer::sum);
        }
        int n = taxonomy.themes().size();
        themesUsing.forEach((w, df) -> idf.put(w, Math.log(1 + (double) n / df)));
        counts.forEach((theme, c) -> {
            Map<String, Double> v = new HashMap<>();
            c.forEach((w, k) -> v.put(w, k * idf.get(w)));
            profiles.put(theme, unit(v));
        });
    }

    private static List<String> examplesOf(ProblemThemes.Theme t) {
        List<String> out = new java.util.ArrayList<>(t.examples());
        out.add(t.description());
        return out;
    }

    /** The theme of a problem paragraph given its first sentence (the head) and its whole text. */
    public Assignment assign(String head, String text) {
        return assign(words.apply(head), taxonomy.topics(head), words.apply(text), () -> taxonomy.topics(text));
    }

    /**
     * As {@link #assign(String, String)}, with the content words and the topics ({@link ProblemThemes#topics})
     * of the head and of the whole text already at hand (the archive has them for its repeat check).
     */
    public Assignment assign(Set<String> headWords, Set<String> headTopics, Set<String> textWords,
                             java.util.function.Supplier<Set<String>> textTopics) {
        Map<String, Double> p = new HashMap<>();
        for (String w : textWords) if (idf.containsKey(w)) p.put(w, idf.get(w));
        for (String w : headWords) if (idf.containsKey(w)) p.put(w, weights.head() * idf.get(w));
        p = unit(p);
        List<ProblemThemes.Theme> themes = taxonomy.themes();
        double[] score = new double[themes.size()];
        boolean[] inHead = new boolean[themes.size()];
        for (int i = 0; i < score.length; i++) {
            ProblemThemes.Theme t = themes.get(i);
            Map<String, Double> profile = profiles.get(t.name());
            for (var e : p.entrySet()) score[i] += e.getValue() * profile.getOrDefault(e.getKey(), 0.0);
            inHead[i] = names(t, headTopics);
            if (inHead[i]) score[i] += weights.cueInHead();
        }
        // a topic named only after the first sentence adds cueInText: needed only when it could change the outcome
        if (weights.cueInText() > 0 && undecided(score, inHead)) {
            Set<String> topics = textTopics.get();
            for (int i = 0; i < score.length; i++) if (!inHead[i] && names(themes.get(i), topics)) score[i] += weights.cueInText();
        }
        String best = null;
        double bestScore = 0, second = 0;
        for (int i = 0; i < score.length; i++) {
            double s = score[i];
            if (best == null || s > bestScore) {
                second = best == null ? 0 : bestScore;
                best = themes.get(i).name();
                bestScore = s;
            } else if (s > second) {
                second = s;
            }
        }
        return new Assignment(bestScore >= weights.threshold() ? best : null, bestScore, best, second);
    }

    private static boolean names(ProblemThemes.Theme t, Set<String> topics) {
        for (ProblemThemes.Topic topic : t.topics()) if (topics.contains(topic.name())) return true;
        return false;
    }

    /**
     * Whether adding cueInText to some themes could change which theme wins or whether it reaches the threshold:
     * the best (earlier on ties) must beat every other by more than the bonus, and be above the threshold or
     * below it by more than the bonus.
     */
    private boolean undecided(double[] score, boolean[] inHead) {
        int best = 0;
        for (int i = 1; i < score.length; i++) if (score[i] > score[best]) best = i;
        double bonus = weights.cueInText();
        double top = score[best] + (inHead[best] ? 0 : bonus);
        for (int i = 0; i < score.length; i++) {
            if (i == best || inHead[i]) continue;
            if (score[i] + bonus >= score[best]) return true;
        }
        if (score[best] < weights.threshold() && top >= weights.threshold()) return true;
        // the runner-up reported beside the winner may move too; that only matters for figures, not for the theme
        return false;
    }

    private static Map<String, Double> unit(Map<String, Double> v) {
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        if (norm == 0) return v;
        Map<String, Double> out = new HashMap<>();
        v.forEach((w, x) -> out.put(w, x / norm));
        return out;
    }
}
