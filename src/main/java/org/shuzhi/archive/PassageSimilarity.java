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

    /**
     * Cosine of two sets of features (words or bigrams), each weighted by {@code weight} (an idf): shared
     * rare features count for much, shared stock ones for little.
     */
    static double weightedCosine(Set<String> a, Set<String> b, java.util.function.ToDoubleFunction<String> weight) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        double na = 0, nb = 0, dot = 0;
        for (String f : a) {
            double w = weight.applyAsDouble(f);
            na += w * w;
            if (b.contains(f)) dot += w * w;
        }
        for (String f : b) {
            double w = weight.applyAsDouble(f);
            nb += w * w;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** A stretch of text that two passages share verbatim: where it starts in each, and its length. */
    record Run(int startA, int startB, int length) {
        String in(String a) {
            return a.substring(startA, startA + length);
        }
    }

    /**
     * The maximal stretches that {@code a} and {@code b} share verbatim and that hold at least
     * {@code minLetters} letters or digits (punctuation is compared but not counted), longest first.
     */
    static java.util.List<Run> commonRuns(String a, String b, int minLetters) {
        int n = a.length(), m = b.length();
        int[] prev = new int[m + 1], cur = new int[m + 1];
        java.util.List<Run> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                cur[j + 1] = a.charAt(i) == b.charAt(j) ? prev[j] + 1 : 0;
                int len = cur[j + 1];
                // maximal: the shared stretch ending here does not go on
                if (len > 0 && (i + 1 == n || j + 1 == m || a.charAt(i + 1) != b.charAt(j + 1))) {
                    int startA = i - len + 1;
                    if (letters(a, startA, i + 1) >= minLetters) out.add(new Run(startA, j - len + 1, len));
                }
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        out.sort((x, y) -> Integer.compare(y.length(), x.length()));
        return out;
    }

    static int letters(String s, int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) if (Character.isLetterOrDigit(s.charAt(i))) k++;
        return k;
    }
}
