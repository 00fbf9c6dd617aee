package org.shuzhi.archive;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Winnowing fingerprints of a passage (Schleimer, Wilkerson, Aiken 2003) for finding copy candidates: of
 * every {@link #WINDOW} consecutive {@link #K}-letter pieces of the passage's letters and digits
 * (punctuation and spacing dropped, as a copy's stretch counts letters), the one with the smallest hash.
 * Any two passages that share a stretch of {@link #GUARANTEED} letters or more share at least one
 * fingerprint: that stretch holds a whole window, and both passages pick the same smallest piece of it.
 * A copy ({@link Similarities#copy}) needs a shared stretch at least that long, so looking candidates up by
 * fingerprint loses none that shares one.
 */
final class Fingerprints {
    /**
     * Letters per piece: short enough that a copy lightly edited every few words still shares many pieces
     * (8 ranked such copies 61st–249th at 50k reports), long enough to tell passages apart; the window (6)
     * follows from the guaranteed stretch.
     */
    static final int K = 5;
    /** The shortest shared stretch a copy must hold; the window follows from it. */
    static final int GUARANTEED = Similarities.MIN_COPY_STRETCH;
    static final int WINDOW = GUARANTEED - K + 1;

    private Fingerprints() {}

    /** The fingerprints of a normalised text, in order of first occurrence, each the K letters themselves. */
    static Set<String> of(String normalized) {
        String letters = PassageSimilarity.letters(normalized);
        int pieces = letters.length() - K + 1;
        Set<String> out = new LinkedHashSet<>();
        if (pieces <= 0) return out;
        long[] hash = new long[pieces];
        for (int i = 0; i < pieces; i++) hash[i] = hash(letters, i);
        if (pieces < WINDOW) {
            // shorter than one window: a stretch of GUARANTEED letters cannot lie in it, keep its smallest anyway
            out.add(letters.substring(smallest(hash, 0, pieces), smallest(hash, 0, pieces) + K));
            return out;
        }
        for (int w = 0; w + WINDOW <= pieces; w++) {
            int at = smallest(hash, w, w + WINDOW);
            out.add(letters.substring(at, at + K));
        }
        return out;
    }

    /** Index of the smallest hash in [from, to); the piece's text, not its position, is what both sides share. */
    private static int smallest(long[] hash, int from, int to) {
        int best = from;
        for (int i = from + 1; i < to; i++) if (hash[i] < hash[best]) best = i;
        return best;
    }

    /** A well-mixed hash of K letters (FNV-1a, then a finaliser): the order of pieces must look random. */
    private static long hash(CharSequence s, int from) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < from + K; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
