package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.Token;

/**
 * PLACEHOLDER_LEFT: template residue (X次, XX, ***, 张XX) left in a paragraph; patterns in lexicon
 * placeholders. One finding per paragraph; each placeholder is quoted and spanned whole, with the word it
 * stands in for as the segmentation gives it — its measure word or title after it (XX次, XXX同志, XX万元),
 * a surname before it (张XX) — never a letter of the next word. The finding's span is the first; evidence
 * {@code spans} lists every one, so a page can mark them all.
 */
public final class PlaceholderRule implements Rule {
    private static final List<Pattern> PATTERNS = Lexicon.entries("placeholders").stream().map(Pattern::compile).toList();
    /** Words a placeholder stands before as a figure's unit or a person's title. */
    private static final Set<String> UNIT_WORDS = Set.of("同志", "书记", "老师", "%", "‰", "万元", "元", "余", "多", "人", "人次", "个百分点");

    @Override
    public String code() {
        return "PLACEHOLDER_LEFT";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (AnalyzedParagraph p : ctx.paragraphs()) {
            List<int[]> spans = new ArrayList<>();
            for (Pattern pattern : PATTERNS) {
                Matcher m = pattern.matcher(p.normalized());
                while (m.find()) {
                    int s = m.start(), e = m.end();
                    if (spans.stream().noneMatch(x -> x[0] < e && s < x[1])) spans.add(new int[] {s, e});
                }
            }
            if (spans.isEmpty()) continue;
            spans.sort((a, b) -> a[0] - b[0]);
            List<String> found = new ArrayList<>();
            List<Span> whole = new ArrayList<>();
            for (int[] s : spans) {
                Span w = withWord(p, s[0], s[1]);
                // two placeholders of one word ("××" split by the segmenter) are one
                if (!whole.isEmpty() && whole.get(whole.size() - 1).end() > w.start()) continue;
                whole.add(w);
                found.add(p.text().substring(w.start(), w.end()));
            }
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("placeholders", found);
            evidence.put("spans", whole);
            out.add(info().finding(p.index(), whole.get(0), "段落中留有模板占位符“" + String.join("”“", found) + "”", evidence));
        }
        return out;
    }

    /**
     * The placeholder [s, e) grown to whole words: to the end of the word it ends inside ("xx%"), then over
     * a measure word or title right after it (XX次, XXX同志), or back over a surname right before a name
     * placeholder (张XX, 李**同志) — a one-letter word the segmenter does not read as a preposition or verb
     * (由XXX同志 keeps 由 out).
     */
    static Span withWord(AnalyzedParagraph p, int s, int e) {
        List<Token> ts = p.tokens();
        int from = s, to = e;
        for (Token t : ts) if (t.start() < to && to < t.end() && !t.isPunctuation()) to = t.end();
        Token next = null, prev = null;
        for (Token t : ts) {
            if (t.start() == to && next == null) next = t;
            if (t.end() == from) prev = t;
        }
        boolean unit = next != null && (next.pos().startsWith("q") || UNIT_WORDS.contains(next.word()));
        if (unit) to = next.end();
        boolean title = next != null && Set.of("同志", "书记", "老师").contains(next.word());
        if (prev != null && prev.word().length() == 1 && (!unit || title) && Lexicon.set("surnames").contains(prev.word())
                && !prev.pos().matches("[pvdcur].*")) {
            from = prev.start();
        }
        return new Span(from, to);
    }
}
