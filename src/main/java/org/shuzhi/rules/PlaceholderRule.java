package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shuzhi.nlp.AnalyzedParagraph;

/** PLACEHOLDER_LEFT: template residue (X次, XX, ***, 张XX) left in a paragraph; patterns in lexicon placeholders. */
public final class PlaceholderRule implements Rule {
    private static final List<Pattern> PATTERNS = Lexicon.entries("placeholders").stream().map(Pattern::compile).toList();

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
            for (int[] s : spans) found.add(context(p.text(), s[0], s[1]));
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("placeholders", found);
            out.add(info().finding(p.index(), new Span(spans.get(0)[0], spans.get(0)[1]),
                    "段落中留有模板占位符“" + String.join("”“", found) + "”", evidence));
        }
        return out;
    }

    /** The placeholder with the word it stands in ("X次", "张XX"), as the user wrote it. */
    private static String context(String text, int s, int e) {
        int from = s > 0 && Character.isIdeographic(text.charAt(s - 1)) ? s - 1 : s;
        int to = e < text.length() && Character.isIdeographic(text.charAt(e)) ? e + 1 : e;
        return text.substring(from, to);
    }
}
