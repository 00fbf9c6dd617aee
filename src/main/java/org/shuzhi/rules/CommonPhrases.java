package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.Token;

/**
 * Phrases of a paragraph that many archived reports share (PhraseCommonness): a run of three to five
 * words, six characters or more, within one clause and without a figure, that stands in at least
 * {@link PhraseCommonness#stockLimit} reports.
 * Short runs are left out on purpose: two-word terms such as 青年教师 or 主题党日 are common because many
 * reports are about them, not because they are formulas; a six-character run such as 党员队伍结构持续优化
 * that five reports of other writers share is a formula. Only runs holding a word the lexicons left to
 * the writer's own content are asked about, so the archive can only move words from "own" to "stock".
 */
final class CommonPhrases {
    /** An archive smaller than this says nothing about what is common. */
    static final int MIN_ARCHIVE = 20;
    static final int MIN_CHARS = 6;
    static final int MIN_WORDS = 3;
    static final int MAX_WORDS = 5;

    /** A phrase, where it stands in the paragraph, and in how many archived reports. */
    record Common(String phrase, int start, int end, int reports) {}

    private CommonPhrases() {}

    static boolean usable(PhraseCommonness commonness) {
        return commonness != null && commonness.reports() >= MIN_ARCHIVE;
    }

    /**
     * The common phrases of the paragraph after {@code from} that hold one of {@code ownStarts} (start
     * offsets of the tokens counted as the writer's own); {@code cache} keeps the counts of one review.
     */
    static List<Common> find(AnalyzedParagraph p, int from, Set<Integer> ownStarts, PhraseCommonness commonness,
                             Map<String, Integer> cache) {
        int min = PhraseCommonness.stockLimit(commonness.reports());
        String text = p.normalized();
        List<Token> ts = p.tokens();
        List<Common> out = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) {
            if (ts.get(i).start() < from || ts.get(i).isPunctuation()) continue;
            List<int[]> asked = new ArrayList<>();
            for (int n = MAX_WORDS; n >= MIN_WORDS; n--) {
                int last = i + n - 1;
                if (last >= ts.size() || !sameClause(ts, i, last)) continue;
                int start = ts.get(i).start(), end = ts.get(last).end();
                if (end - start < MIN_CHARS) continue;
                final int lo = i, hi = last;
                boolean holdsOwn = ownStarts.stream().anyMatch(s -> s >= ts.get(lo).start() && s <= ts.get(hi).start());
                boolean covered = out.stream().anyMatch(c -> c.start() <= start && end <= c.end());
                if (!holdsOwn || covered) continue;
                asked.add(new int[] {start, end});
            }
            // every run asked about begins with the shortest run here, so it is in no more reports than that one:
            // when the shortest is in too few, none of them needs asking. Only for a run of ideographs: the
            // archive counts a phrase by its character bigrams, and those of a run of ideographs begin those of
            // any text it begins (a lone ideograph or a Latin word at the end would be another term)
            if (asked.size() > 1) {
                String shortest = text.substring(ts.get(i).start(), ts.get(i + MIN_WORDS - 1).end());
                if (ideographs(shortest) && cache.computeIfAbsent(shortest, commonness::reportsContaining) < min) continue;
            }
            for (int[] run : asked) {
                String phrase = text.substring(run[0], run[1]);
                int reports = cache.computeIfAbsent(phrase, commonness::reportsContaining);
                if (reports >= min) {
                    out.add(new Common(phrase, run[0], run[1], reports));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean ideographs(String s) {
        return s.length() >= 2 && s.chars().allMatch(Character::isIdeographic);
    }

    /** Within one clause, and no figure among the words: 讲专题党课2次 is shared by many reports, yet it is content. */
    private static boolean sameClause(List<Token> ts, int from, int to) {
        for (int k = from; k <= to; k++) {
            Token t = ts.get(k);
            if (t.isPunctuation() || t.isNumeral() || t.word().chars().anyMatch(Character::isDigit)) return false;
        }
        return true;
    }
}
