package org.shuzhi.archive;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.shuzhi.nlp.TextNormalizer;
import org.shuzhi.rules.Span;

/**
 * The precise similarity that confirms Lucene's candidates: overlap of character bigrams (letters and
 * digits only, so punctuation and spacing do not count). Bounded in [0, 1], unlike a BM25 score.
 */
final class PassageSimilarity {
    /** A passage's bigrams with the offset where each first occurs. */
    record Grams(Map<String, Integer> first, int length) {
        int size() {
            return first.size();
        }
    }

    private PassageSimilarity() {}

    static Grams of(String text) {
        String t = TextNormalizer.normalize(text);
        Map<String, Integer> first = new HashMap<>();
        int prev = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                prev = -1;
                continue;
            }
            if (prev >= 0) first.putIfAbsent("" + t.charAt(prev) + c, prev);
            prev = i;
        }
        return new Grams(first, t.length());
    }

    static int shared(Grams a, Grams b) {
        Grams small = a.size() <= b.size() ? a : b, large = small == a ? b : a;
        int n = 0;
        for (String g : small.first().keySet()) if (large.first().containsKey(g)) n++;
        return n;
    }

    /** Shared bigrams over the smaller passage's: 1 when one passage stands whole inside the other. */
    static double containment(Grams a, Grams b) {
        int min = Math.min(a.size(), b.size());
        return min == 0 ? 0 : shared(a, b) / (double) min;
    }

    /** Shared bigrams over {@code a}'s: how much of {@code a} is found in {@code b}. */
    static double coverage(Grams a, Grams b) {
        return a.size() == 0 ? 0 : shared(a, b) / (double) a.size();
    }

    /** Dice coefficient: 2·shared over both sizes, symmetric, penalises a short passage inside a long one. */
    static double dice(Grams a, Grams b) {
        int sum = a.size() + b.size();
        return sum == 0 ? 0 : 2.0 * shared(a, b) / sum;
    }

    /**
     * Containment with each bigram weighted by its rarity across the archive ({@code weight}), so that the
     * stock formulations every report shares count for little and a copied concrete passage for much.
     */
    static double weightedContainment(Grams a, Grams b, java.util.function.ToDoubleFunction<String> weight) {
        double wa = 0, wb = 0, shared = 0;
        for (String g : a.first().keySet()) {
            double w = weight.applyAsDouble(g);
            wa += w;
            if (b.first().containsKey(g)) shared += w;
        }
        for (String g : b.first().keySet()) wb += weight.applyAsDouble(g);
        double min = Math.min(wa, wb);
        return min == 0 ? 0 : shared / min;
    }

    /** The stretch of {@code a}'s text from its first to its last bigram shared with {@code b}, or null. */
    static Span span(Grams a, Grams b) {
        int start = Integer.MAX_VALUE, end = -1;
        Set<String> common = new HashSet<>(a.first().keySet());
        common.retainAll(b.first().keySet());
        for (String g : common) {
            int at = a.first().get(g);
            start = Math.min(start, at);
            end = Math.max(end, at + 2);
        }
        return end < 0 ? null : new Span(start, Math.min(end, a.length()));
    }
}
