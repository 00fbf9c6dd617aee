package org.shuzhi.archive;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.shuzhi.nlp.Segmenter;
import org.shuzhi.nlp.TextNormalizer;
import org.shuzhi.nlp.Token;

/**
 * The words that say what a passage is about: HanLP nouns, verbs, adjectives, idioms and names of two
 * characters or more, without the stock words every report uses (corpus/lexicons/archive-stock-words.txt).
 */
final class ContentWords {
    private static final Set<String> STOCK = new HashSet<>(Lexicons.lines("archive-stock-words.txt"));

    private ContentWords() {}

    static Set<String> of(String text) {
        return of(Segmenter.tokens(TextNormalizer.normalize(text)));
    }

    static Set<String> of(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : tokens) {
            String w = t.word().strip();
            if (w.length() >= 2 && content(t.pos()) && !STOCK.contains(w)) out.add(w);
        }
        return out;
    }

    /** ICTPOS: n* nouns (names included), v* verbs, a* adjectives, i idioms, l fixed expressions, j abbreviations. */
    private static boolean content(String pos) {
        if (pos.isEmpty()) return false;
        char c = pos.charAt(0);
        return c == 'n' || c == 'v' || c == 'a' || c == 'i' || c == 'l' || c == 'j' || c == 'g';
    }
}
