package org.shuzhi.archive;

/**
 * The thresholds and measures each cross-report rule confirms its candidates with, in one place.
 * Tuned on the corpus with {@code evaluate-archive}; see docs/archive-evaluation.md.
 */
final class Similarities {
    /** A problem raised again, reworded or not. */
    static final double REPEAT_THRESHOLD = 0.35;
    /** A passage taken from another unit's report, exactly or lightly edited. */
    static final double COPY_THRESHOLD = 0.6;
    /** An achievement taken over from the unit's own earlier report. */
    static final double SELF_COPY_THRESHOLD = 0.6;
    /** A paragraph of this report that answers a commitment of last year's. */
    static final double ANSWER_THRESHOLD = 0.3;
    /** Shorter paragraphs (in bigrams) are not compared: too little text to tell a copy from a stock phrase. */
    static final int MIN_GRAMS = 12;

    private Similarities() {}

    static double repeat(PassageSimilarity.Grams a, PassageSimilarity.Grams b) {
        return PassageSimilarity.dice(a, b);
    }

    static double copy(PassageSimilarity.Grams a, PassageSimilarity.Grams b) {
        return PassageSimilarity.containment(a, b);
    }

    static double answer(PassageSimilarity.Grams commitment, PassageSimilarity.Grams paragraph) {
        return PassageSimilarity.coverage(commitment, paragraph);
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
