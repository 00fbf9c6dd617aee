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
        return ofNormalized(TextNormalizer.normalize(text));
    }

    static Grams ofNormalized(String t) {
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

    /** The number of distinct bigrams {@link #ofNormalized} would find, counted without building them. */
    static int distinctBigrams(String t) {
        int[] pairs = new int[t.length()];
        int n = 0;
        for (int i = 1; i < t.length(); i++) {
            char a = t.charAt(i - 1), b = t.charAt(i);
            if (Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b)) pairs[n++] = a << 16 | b;
        }
        java.util.Arrays.sort(pairs, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) if (i == 0 || pairs[i] != pairs[i - 1]) distinct++;
        return distinct;
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
     * As {@link #weightedCosine(Set, Set, java.util.function.ToDoubleFunction)}, with the sets' squared norms
     * given (a set compared with many is weighed once): the same sums in the same order, so the same value.
     */
    static double weightedCosine(Set<String> a, Set<String> b, java.util.function.ToDoubleFunction<String> weight,
                                 java.util.function.ToDoubleFunction<Set<String>> squaredNorm) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        double dot = 0;
        for (String f : a) {
            if (!b.contains(f)) continue;
            double w = weight.applyAsDouble(f);
            dot += w * w;
        }
        double na = squaredNorm.applyAsDouble(a), nb = squaredNorm.applyAsDouble(b);
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** The squared norm {@link #weightedCosine} divides by. */
    static double squaredNorm(Set<String> a, java.util.function.ToDoubleFunction<String> weight) {
        double n = 0;
        for (String f : a) {
            double w = weight.applyAsDouble(f);
            n += w * w;
        }
        return n;
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

    /** A text's letters and digits, punctuation and spacing dropped: what a copied stretch is counted in. */
    static String letters(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) if (Character.isLetterOrDigit(text.charAt(i))) sb.append(text.charAt(i));
        return sb.toString();
    }

    /** A text's letters and digits (punctuation and spaces dropped), each with its offset in the text. */
    record Letters(String letters, int[] at) {
        static Letters of(String text) {
            StringBuilder sb = new StringBuilder(text.length());
            int[] at = new int[text.length()];
            for (int i = 0; i < text.length(); i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    at[sb.length()] = i;
                    sb.append(text.charAt(i));
                }
            }
            return new Letters(sb.toString(), java.util.Arrays.copyOf(at, sb.length()));
        }

        int length() {
            return letters.length();
        }
    }

    /** A stretch two texts share verbatim, in letters: where it starts in each text's letters, and its length. */
    record Tile(int startA, int startB, int length) {
        String in(String lettersA) {
            return lettersA.substring(startA, startA + length);
        }
    }

    /**
     * Greedy string tiling (Wise 1993) of two letter sequences: the longest stretch both share is taken
     * first, then the longest among the letters still free in both, and so on down to {@code min} letters;
     * no letter lies in two tiles. Of those tiles, the largest set (in letters) that stands in the same order
     * in both texts is kept: a copy keeps the order of what it copies, while stretches shared by chance
     * (stock phrases in another order) fall out. In order of {@code a}.
     */
    static java.util.List<Tile> orderedTiles(String a, String b, int min) {
        return inOrder(tiles(a, b, min));
    }

    static java.util.List<Tile> tiles(String as, String bs, int min) {
        // on arrays: this double loop is the copy check's inner loop
        char[] a = as.toCharArray(), b = bs.toCharArray();
        int n = a.length, m = b.length;
        // every common stretch lies within a maximal diagonal run: start from those
        java.util.PriorityQueue<Tile> queue = new java.util.PriorityQueue<>(
                java.util.Comparator.comparingInt(Tile::length).reversed().thenComparingInt(Tile::startA).thenComparingInt(Tile::startB));
        // b's positions by letter (letter, then position, in one sorted key): each of a's letters meets only
        // the positions holding the same letter instead of all of b (a Chinese text repeats few letters)
        long[] byLetter = new long[m];
        for (int j = 0; j < m; j++) byLetter[j] = (long) b[j] << 32 | j;
        java.util.Arrays.sort(byLetter);
        for (int i = 0; i < n; i++) {
            int x = java.util.Arrays.binarySearch(byLetter, (long) a[i] << 32);
            for (x = x < 0 ? -x - 1 : x; x < m && (char) (byLetter[x] >>> 32) == a[i]; x++) {
                int j = (int) byLetter[x];
                if (i > 0 && j > 0 && a[i - 1] == b[j - 1]) continue;
                int k = 1;
                while (i + k < n && j + k < m && a[i + k] == b[j + k]) k++;
                if (k >= min) queue.add(new Tile(i, j, k));
            }
        }
        boolean[] usedA = new boolean[n], usedB = new boolean[m];
        java.util.List<Tile> out = new java.util.ArrayList<>();
        while (!queue.isEmpty()) {
            Tile t = queue.poll();
            java.util.List<Tile> free = new java.util.ArrayList<>();
            int from = -1;
            for (int k = 0; k <= t.length(); k++) {
                boolean ok = k < t.length() && !usedA[t.startA() + k] && !usedB[t.startB() + k];
                if (ok && from < 0) from = k;
                if (!ok && from >= 0) {
                    if (k - from >= min) free.add(new Tile(t.startA() + from, t.startB() + from, k - from));
                    from = -1;
                }
            }
            if (free.size() == 1 && free.get(0).equals(t)) {
                for (int k = 0; k < t.length(); k++) {
                    usedA[t.startA() + k] = true;
                    usedB[t.startB() + k] = true;
                }
                out.add(t);
            } else {
                // partly taken by a longer tile: what is left competes again at its own length
                queue.addAll(free);
            }
        }
        return out;
    }

    /** The tiles standing in the same order in both texts with the most letters (weighted longest chain). */
    private static java.util.List<Tile> inOrder(java.util.List<Tile> tiles) {
        java.util.List<Tile> t = new java.util.ArrayList<>(tiles);
        t.sort(java.util.Comparator.comparingInt(Tile::startA));
        int k = t.size();
        int[] best = new int[k], prev = new int[k];
        int end = -1;
        for (int i = 0; i < k; i++) {
            best[i] = t.get(i).length();
            prev[i] = -1;
            for (int j = 0; j < i; j++) {
                if (t.get(j).startB() < t.get(i).startB() && best[j] + t.get(i).length() > best[i]) {
                    best[i] = best[j] + t.get(i).length();
                    prev[i] = j;
                }
            }
            if (end < 0 || best[i] > best[end]) end = i;
        }
        java.util.LinkedList<Tile> out = new java.util.LinkedList<>();
        for (int i = end; i >= 0; i = prev[i]) out.addFirst(t.get(i));
        return out;
    }

    static int letters(String s, int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) if (Character.isLetterOrDigit(s.charAt(i))) k++;
        return k;
    }
}
