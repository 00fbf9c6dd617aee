package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.Token;

/**
 * Stock structures of the register (lexicon stock-structures: 为…贡献…力量, 推动…再上新台阶, …更加坚定):
 * formulas whose slots take a few words of the writer's. A match stays within one clause, a slot holds
 * at most {@link #MAX_SLOT} characters and no figure or quoted name (a figure or a named activity is
 * content, not a formula's filling), and the formula's fixed words lie on word boundaries.
 */
public final class StockStructures {
    /** Longest slot: a unit's name or a short noun phrase (乡村振兴, 建设健康城市), not a clause. */
    static final int MAX_SLOT = 8;
    private static final String SLOT = "[^,.;:!?，。；：！？\\d“”\"《》]{1," + MAX_SLOT + "}?";
    private static final String GREEDY_SLOT = "[^,.;:!?，。；：！？\\d“”\"《》]{1," + MAX_SLOT + "}";
    private static final StockStructures STANDARD = new StockStructures(Lexicon.entries("stock-structures"));

    private record Structure(String formula, Pattern pattern, boolean leadingSlot, boolean trailingSlot) {}

    private final List<Structure> structures = new ArrayList<>();

    StockStructures(List<String> formulas) {
        for (String f : formulas) {
            String[] parts = f.split("…", -1);
            StringBuilder re = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) re.append(i == 1 && parts[0].isEmpty() ? GREEDY_SLOT : SLOT);
                re.append(Pattern.quote(parts[i]));
            }
            structures.add(new Structure(f, Pattern.compile(re.toString()), parts[0].isEmpty(), parts[parts.length - 1].isEmpty()));
        }
    }

    public static StockStructures standard() {
        return STANDARD;
    }

    /** The structures found within [from, to) of the paragraph, as matches of their formula. */
    public List<TermMatcher.Match> find(AnalyzedParagraph p, int from, int to) {
        String text = p.normalized();
        List<TermMatcher.Match> out = new ArrayList<>();
        for (Structure s : structures) {
            Matcher m = s.pattern().matcher(text).region(from, to);
            while (m.find()) {
                if ((s.leadingSlot() || startsWord(p, m.start())) && (s.trailingSlot() || endsWord(p, m.end()))) {
                    out.add(new TermMatcher.Match(s.formula(), m.start(), m.end()));
                }
            }
        }
        return out;
    }

    private static boolean startsWord(AnalyzedParagraph p, int at) {
        for (Token t : p.tokens()) if (t.start() == at) return true;
        return false;
    }

    private static boolean endsWord(AnalyzedParagraph p, int at) {
        for (Token t : p.tokens()) if (t.end() == at) return true;
        return false;
    }
}
