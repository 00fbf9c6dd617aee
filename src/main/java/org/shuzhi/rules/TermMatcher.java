package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.Token;

/**
 * Finds lexicon terms in a paragraph on word boundaries of the segmentation: a term matches only a run
 * of whole tokens, so 我 does not match inside 我们 or 我校, and 少 not inside 不少. Longest match wins.
 */
public final class TermMatcher {
    private static final ConcurrentHashMap<String, TermMatcher> BY_LEXICON = new ConcurrentHashMap<>();
    private static final int MAX_TOKENS = 8;

    private final Set<String> terms;
    private final int maxLength;
    /** The characters terms start with: most tokens start with none, and need no lookups at all. */
    private final java.util.BitSet firsts = new java.util.BitSet();

    public TermMatcher(List<String> terms) {
        this.terms = new HashSet<>(terms);
        this.maxLength = terms.stream().mapToInt(String::length).max().orElse(0);
        for (String t : terms) if (!t.isEmpty()) firsts.set(t.charAt(0));
    }

    public static TermMatcher of(String lexicon) {
        return BY_LEXICON.computeIfAbsent(lexicon, n -> new TermMatcher(Lexicon.entries(n)));
    }

    /** A term found: the lexicon entry and where it stands in the paragraph. */
    public record Match(String term, int start, int end) {}

    public List<Match> find(AnalyzedParagraph p) {
        return find(p, 0, p.normalized().length());
    }

    /** Matches that lie within [from, to) of the paragraph. */
    public List<Match> find(AnalyzedParagraph p, int from, int to) {
        return find(p, from, to, false);
    }

    /**
     * All terms that cover the text: besides the longest match at each start, a term starting inside an
     * earlier match that reaches beyond it ("坚持以" does not hide "以人民为中心"). For measuring how much of a
     * paragraph the terms cover, not for listing distinct findings.
     */
    public List<Match> cover(AnalyzedParagraph p, int from, int to) {
        return find(p, from, to, true);
    }

    private List<Match> find(AnalyzedParagraph p, int from, int to, boolean overlapping) {
        List<Token> ts = p.tokens();
        String text = p.normalized();
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) {
            if (ts.get(i).start() < from) continue;
            if (ts.get(i).start() >= text.length() || !firsts.get(text.charAt(ts.get(i).start()))) continue;
            Match best = null;
            for (int j = i; j < ts.size() && j < i + MAX_TOKENS; j++) {
                int end = ts.get(j).end();
                if (end > to || end - ts.get(i).start() > maxLength) break;
                String s = text.substring(ts.get(i).start(), end);
                if (terms.contains(s)) best = new Match(s, ts.get(i).start(), end);
            }
            if (best == null) continue;
            if (overlapping) {
                if (out.isEmpty() || best.end() > out.get(out.size() - 1).end()) out.add(best);
            } else {
                out.add(best);
                while (i + 1 < ts.size() && ts.get(i + 1).start() < best.end()) i++;
            }
        }
        return out;
    }

    public boolean any(AnalyzedParagraph p) {
        return !find(p).isEmpty();
    }

    /** Distinct terms found, in order of appearance. */
    public static List<String> terms(List<Match> matches) {
        return matches.stream().map(Match::term).distinct().toList();
    }
}
