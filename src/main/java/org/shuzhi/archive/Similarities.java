package org.shuzhi.archive;

import org.shuzhi.rules.PhraseCommonness;
import java.util.List;
import java.util.regex.Pattern;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.TextNormalizer;

/**
 * The measures each cross-report rule confirms its candidates with, and their thresholds, in one place.
 * Thresholds were fitted on the corpus and checked leave-one-unit-out ({@code evaluate-archive}; see
 * docs/archive-evaluation.md).
 */
public final class Similarities {
    /** The decision thresholds of the rules; {@link #DEFAULT} in use, {@link #RAW} to see every score. */
    public record Thresholds(double repeat, double copy, double answer) {
        public static final Thresholds DEFAULT = new Thresholds(0.265, 0.55, 0.35);
        /** Keeps every mutual-best repeat, copy and concrete commitment with its score: for fitting thresholds. */
        static final Thresholds RAW = new Thresholds(1e-9, 1e-9, 1.0);
    }

    /** Added to a repeat's similarity when both problems name the same common problem (problem-topic-cues.txt). */
    static final double TOPIC_BONUS = 0.2;
    /**
     * Added on top of {@link #TOPIC_BONUS} when the later problem's first sentence says it goes on (仍然,
     * 没有根本解决, 去年就提过 …: problem-persistence-cues.txt): the writer's own word that it is not new.
     */
    static final double PERSIST_BONUS = 0.05;
    /** Share of the content-word cosine in a repeat's similarity; the rest is the character-bigram cosine. */
    static final double WORD_WEIGHT = 0.5;
    /** A tile: a stretch of at least this many letters both paragraphs share verbatim (greedy string tiling). */
    static final int MIN_TILE = 4;
    /**
     * A copy shares at least one verbatim stretch this long (letters). Lucene's candidate retrieval finds
     * every pair that shares one, so nothing shorter may confirm a copy.
     */
    static final int MIN_COPY_STRETCH = 10;
    /** A copy in one piece: one shared stretch this long (letters) confirms it. Rewording leaves none. */
    static final int MIN_LONGEST_RUN = 20;
    /**
     * A lightly edited copy (a word changed every clause) has no long stretch left but many in order: this
     * many tiles, one of them at least {@link #MIN_COPY_STRETCH} letters, confirm it.
     */
    static final int MIN_TILES = 4;
    /**
     * A candidate whose share falls short of the copy threshold by less than this came close: other reworded
     * copies of the same text, ranked a little lower, may make it.
     */
    static final double NEAR_COPY = 0.1;
    /** Copies are judged on paragraphs of at least this many bigrams: a short stock sentence is not a copy. */
    static final int MIN_COPY_GRAMS = 25;
    /** An achievement taken over from the unit's own earlier report. */
    static final double SELF_COPY_THRESHOLD = 0.6;
    /** Shorter paragraphs (in bigrams) are not compared: too little text to tell a copy from a stock phrase. */
    static final int MIN_GRAMS = 12;

    /**
     * A paragraph that analyses causes (究其原因……, 深挖根源……) or tells how last year's problem was
     * rectified (针对……的问题，我……) rather than naming a problem: not a repeat of one.
     */
    private static final Pattern CAUSE = Pattern.compile(
            "^\\s*(?:[（(]?[一二三四五六七八九十\\d]+[)）.、．]?\\s*)?(?:究其原因|分析原因|反思原因|原因分析|主要原因|深究原因|剖析原因|产生[^，。]{0,12}原因|[^，。]{0,8}的原因|[^。]{0,10}原因(?:主要|在于|在|是|有|上)|主观上|客观上|从主观上|从客观上"
                    + "|[^，。]{0,6}根源|针对[^。]{0,40}(?:问题|不足|短板)[，,]\\s*(?:我|支部|我们|党支部|党总支|党委))");

    private Similarities() {}

    static boolean isCauseAnalysis(String text) {
        return isCauseAnalysisOfNormalized(TextNormalizer.normalize(text));
    }

    static boolean isCauseAnalysisOfNormalized(String normalized) {
        return CAUSE.matcher(normalized).find();
    }

    /** A paragraph that states a problem: by its label or by the part it stands in; not a cause analysis. */
    static boolean isProblem(Part label, Part section, String text) {
        return (label == Part.PROBLEM || section == Part.PROBLEM) && !isCauseAnalysis(text);
    }

    /**
     * A problem as a unit's history and the overview count one: a problem paragraph ({@link #isProblem}) with
     * enough text to compare ({@link #MIN_GRAMS}); a bare heading such as 二、存在的问题 is none.
     */
    public static boolean isArchivedProblem(Part label, Part section, Passage passage) {
        return (label == Part.PROBLEM || section == Part.PROBLEM) && !passage.causeAnalysis() && passage.gramCount() >= MIN_GRAMS;
    }

    /**
     * How alike two problems are, reworded or not: content words and character bigrams, idf-weighted; more
     * when both name the same common problem, a little more again when the later one says it goes on.
     */
    public record Repeat(double words, double chars, List<String> topics, boolean persists) {
        public double similarity() {
            return WORD_WEIGHT * words + (1 - WORD_WEIGHT) * chars;
        }

        /** How alike the pair is: what decides which of this year's problems an earlier one is closest to. */
        double likeness() {
            return similarity() + (topics.isEmpty() ? 0 : TOPIC_BONUS);
        }

        /** The likeness plus the later problem's own word that it goes on: compared with the threshold. */
        double score() {
            return likeness() + (!topics.isEmpty() && persists ? PERSIST_BONUS : 0);
        }
    }

    /**
     * The closest pair of the two paragraphs' stated problems ({@link ProblemStatements}): a paragraph listing
     * several problems repeats an earlier one if one of them does, and a lead-in dilutes nothing. The topic
     * bonus needs both statements' first sentences to name the topic; {@code a} is the later problem.
     */
    static Repeat repeat(Passage a, Passage b, ArchiveStatistics stats) {
        Repeat best = new Repeat(0, 0, List.of(), false);
        for (ProblemStatements.Statement x : a.statements()) {
            for (ProblemStatements.Statement y : b.statements()) {
                Repeat r = repeat(x, y, stats);
                if (r.score() > best.score()) best = r;
            }
        }
        return best;
    }

    static Repeat repeat(ProblemStatements.Statement a, ProblemStatements.Statement b, ArchiveStatistics stats) {
        double words = PassageSimilarity.weightedCosine(a.words(), b.words(), stats::wordIdf, stats::wordNorm);
        double chars = PassageSimilarity.weightedCosine(a.grams().first().keySet(), b.grams().first().keySet(), stats::gramIdf, stats::gramNorm);
        List<String> topics = a.topics().stream().filter(b.topics()::contains).toList();
        return new Repeat(words, chars, topics, a.persists());
    }

    /**
     * How much of {@code a} stands verbatim in {@code b}: the share of {@code a}'s letters that lie in the
     * ordered tiles the two share ({@link PassageSimilarity#orderedTiles}, at least {@link #MIN_TILE} letters)
     * and in no stock formulation (a piece of {@link #SHINGLE} letters that {@link PhraseCommonness#stockLimit} other
     * reports also hold); the longest tile; how many tiles keep {@link #MIN_TILE} letters outside stock formulations;
     * where the shared text is in {@code a}.
     */
    record Copy(double share, int longest, int tiles, org.shuzhi.rules.Span span) {
        /** A copy: enough shared, and in one long stretch or in many with a long one among them. */
        boolean confirmed(double threshold) {
            return share >= threshold && longest >= MIN_COPY_STRETCH && (longest >= MIN_LONGEST_RUN || tiles >= MIN_TILES);
        }
    }

    /** Letters of the pieces tested for commonness: long enough to be a phrase, short enough to tile one. */
    static final int SHINGLE = 8;

    static Copy copy(Passage a, Passage b, ArchiveStatistics stats, double threshold) {
        PassageSimilarity.Letters la = a.letters(), lb = b.letters();
        int total = la.length();
        if (total == 0) return new Copy(0, 0, 0, null);
        List<PassageSimilarity.Tile> tiles = PassageSimilarity.orderedTiles(la.letters(), lb.letters(), MIN_TILE);
        int longest = 0, tiled = 0;
        for (PassageSimilarity.Tile t : tiles) {
            longest = Math.max(longest, t.length());
            tiled += t.length();
        }
        // looking up commonness costs a query per piece: skip pairs that cannot be a copy
        if (longest < MIN_COPY_STRETCH || tiled / (double) total < threshold) return new Copy(tiled / (double) total, longest, 0, null);
        int limit = PhraseCommonness.stockLimit(stats.reports());
        String letters = la.letters();
        boolean[] stock = new boolean[total];
        for (PassageSimilarity.Tile t : tiles) {
            for (int k = t.startA(); k + SHINGLE <= t.startA() + t.length(); k++) {
                if (stats.stockAt(letters, k, SHINGLE, limit)) java.util.Arrays.fill(stock, k, k + SHINGLE, true);
            }
        }
        int own = 0, counted = 0;
        for (PassageSimilarity.Tile t : tiles) {
            int n = 0;
            for (int k = t.startA(); k < t.startA() + t.length(); k++) if (!stock[k]) n++;
            own += n;
            if (n >= MIN_TILE) counted++;
        }
        PassageSimilarity.Tile first = tiles.get(0), last = tiles.get(tiles.size() - 1);
        var span = new org.shuzhi.rules.Span(la.at()[first.startA()], la.at()[last.startA() + last.length() - 1] + 1);
        return new Copy(own / (double) total, longest, counted, span);
    }

    public static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
