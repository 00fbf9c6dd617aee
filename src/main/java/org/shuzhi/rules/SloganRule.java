package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.Token;

/**
 * SLOGAN_HEAVY: stock formulations (lexicon stock-phrases) cover most of a paragraph's words and it has
 * hardly a figure of its own.
 */
public final class SloganRule implements Rule {
    static final double MIN_COVERAGE = Double.parseDouble(System.getProperty("shuzhi.slogan", "0.30"));
    static final int MIN_CHARS = 25;

    /** Words that carry meaning: not punctuation, particles, prepositions or conjunctions. */
    private static boolean isContentWord(Token t) {
        String pos = t.pos();
        return !t.isPunctuation() && !pos.startsWith("u") && !pos.startsWith("p") && !pos.startsWith("c") && !pos.startsWith("w");
    }

    @Override
    public String code() {
        return "SLOGAN_HEAVY";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (AnalyzedParagraph p : ctx.paragraphs()) {
            if (!ctx.isContent(p) || ctx.part(p) == org.shuzhi.document.Part.OTHER) continue;
            int from = Signals.afterNumbering(p);
            int words = 0;
            for (Token t : p.tokens()) if (t.start() >= from && isContentWord(t)) words += t.word().length();
            if (words < MIN_CHARS) continue;
            List<TermMatcher.Match> stock = TermMatcher.of("stock-phrases").find(p, from, p.normalized().length());
            int covered = 0;
            for (Token t : p.tokens()) {
                if (t.start() >= from && isContentWord(t) && stock.stream().anyMatch(m -> m.start() <= t.start() && t.end() <= m.end())) {
                    covered += t.word().length();
                }
            }
            double coverage = covered / (double) words;
            if (coverage < MIN_COVERAGE || Signals.figures(p).size() > 1 || !Signals.names(p).isEmpty()) continue;
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("coverage", Math.round(coverage * 100) / 100.0);
            evidence.put("phrases", TermMatcher.terms(stock));
            out.add(info().finding(p.index(), null, String.format(Locale.ROOT,
                    "这段%.0f%%的文字是套话（%s等），自己的内容很少", coverage * 100,
                    String.join("、", TermMatcher.terms(stock).stream().limit(4).toList())), evidence));
        }
        return out;
    }
}
