package org.shuzhi.archive;

import java.util.function.ToDoubleFunction;

/**
 * The thresholds and measures each cross-report rule confirms its candidates with, in one place.
 * Tuned on the corpus with {@code evaluate-archive}; see docs/archive-evaluation.md.
 */
final class Similarities {
    /**
     * A problem raised again, reworded or not: rewording keeps few bigrams, so the bar is low and a match
     * must also be mutual (each passage the other's closest problem in that year).
     */
    static final double REPEAT_THRESHOLD = 0.2;
    /** A passage taken from another unit's report, exactly or lightly edited (rarity-weighted containment). */
    static final double COPY_THRESHOLD = 0.6;
    /** Copies are judged on paragraphs of at least this many bigrams: a short stock sentence is not a copy. */
    static final int MIN_COPY_GRAMS = 25;
    /** An achievement taken over from the unit's own earlier report. */
    static final double SELF_COPY_THRESHOLD = 0.6;
    /** A paragraph of this report that answers a commitment of last year's. */
    static final double ANSWER_THRESHOLD = 0.3;
    /** Shorter paragraphs (in bigrams) are not compared: too little text to tell a copy from a stock phrase. */
    static final int MIN_GRAMS = 12;

    /** A paragraph that analyses causes (究其原因……) rather than naming a problem: not a repeat of one. */
    private static final java.util.regex.Pattern CAUSE = java.util.regex.Pattern.compile(
            "^\\s*(?:[（(]?[一二三四五六七八九十\\d]+[)）.、．]?\\s*)?(?:究其原因|分析原因|反思原因|原因分析|主要原因|深究原因|剖析原因|产生[^，。]{0,12}原因|[^，。]{0,8}的原因|主观上|客观上|从主观上|从客观上)");

    private Similarities() {}

    static boolean isCauseAnalysis(String text) {
        return CAUSE.matcher(org.shuzhi.nlp.TextNormalizer.normalize(text)).find();
    }

    static double repeat(PassageSimilarity.Grams a, PassageSimilarity.Grams b) {
        return PassageSimilarity.containment(a, b);
    }

    static double copy(PassageSimilarity.Grams a, PassageSimilarity.Grams b, ToDoubleFunction<String> rarity) {
        return PassageSimilarity.weightedContainment(a, b, rarity);
    }

    static double answer(PassageSimilarity.Grams commitment, PassageSimilarity.Grams paragraph) {
        return PassageSimilarity.coverage(commitment, paragraph);
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
