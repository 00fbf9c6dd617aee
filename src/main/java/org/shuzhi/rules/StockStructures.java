package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.Token;

/**
 * Stock structures of the register (lexicon stock-structures: 为…贡献…力量, 推动…再上新台阶, …更加坚定):
 * formulas whose slots take a few words of the writer's. A match stays within one clause (a slot runs to
 * the clause's punctuation at most), a slot holds at most {@link #MAX_OWN_IN_SLOT} characters of the
 * writer's own words — register words in it (乡村振兴, 高质量发展, 全面) do not count, so
 * "为全县乡村振兴和地方经济高质量发展贡献农商力量" fills its slots as well as "为乡村振兴贡献力量" — and no
 * figure or quoted name (a figure or a named activity is content, not a formula's filling); the
 * formula's fixed words lie on word boundaries.
 */
public final class StockStructures {
    /** The writer's own words a slot may hold: a unit's name or a short noun phrase (建设健康城市), not a clause. */
    static final int MAX_OWN_IN_SLOT = 8;
    /** A slot up to this long is a name or a short phrase, counted with the formula. */
    static final int SHORT_SLOT = 8;
    /** Characters a slot spans at most, register words included: a clause's worth. */
    static final int MAX_SLOT = 30;
    private static final String SLOT = "([^,.;:!?，。；：！？\\d“”\"《》]{1," + MAX_SLOT + "}?)";
    private static final String GREEDY_SLOT = "([^,.;:!?，。；：！？\\d“”\"《》]{1," + MAX_SLOT + "})";
    private static final StockStructures STANDARD = new StockStructures(Lexicon.entries("stock-structures"));

    private record Structure(String formula, Pattern pattern, boolean leadingSlot, boolean trailingSlot, List<String> fixed) {
        /**
         * Whether the formula's fixed words all stand in [from, to) in their order: a match needs them, and
         * the slots' patterns, tried at every position, cost far more than looking for the words.
         */
        boolean mayMatch(String text, int from, int to) {
            int at = from;
            for (String f : fixed) {
                int i = text.indexOf(f, at);
                if (i < 0 || i + f.length() > to) return false;
                at = i + f.length();
            }
            return true;
        }
    }

    private final List<Structure> structures = new ArrayList<>();

    StockStructures(List<String> formulas) {
        for (String f : formulas) {
            String[] parts = f.split("…", -1);
            StringBuilder re = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) re.append(i == 1 && parts[0].isEmpty() ? GREEDY_SLOT : SLOT);
                re.append(Pattern.quote(parts[i]));
            }
            structures.add(new Structure(f, Pattern.compile(re.toString()), parts[0].isEmpty(), parts[parts.length - 1].isEmpty(),
                    java.util.Arrays.stream(parts).filter(x -> !x.isEmpty()).toList()));
        }
    }

    public static StockStructures standard() {
        return STANDARD;
    }

    /** The structures found within [from, to) of the paragraph, as matches of their formula. */
    public List<TermMatcher.Match> find(AnalyzedParagraph p, int from, int to) {
        String text = p.normalized();
        List<TermMatcher.Match> out = new ArrayList<>();
        List<TermMatcher.Match> stock = null;
        for (Structure s : structures) {
            if (!s.mayMatch(text, from, to)) continue;
            Matcher m = s.pattern().matcher(text).region(from, to);
            int at = from;
            while (at < to && m.region(at, to).find()) {
                // the stock phrases in the slots, looked up once and only when a formula stands there
                if (stock == null) stock = TermMatcher.of("stock-phrases").cover(p, from, to);
                if ((s.leadingSlot() || startsWord(p, m.start())) && (s.trailingSlot() || endsWord(p, m.end()))
                        && slotsFilledWithFewOwnWords(p, m, stock)) {
                    out.addAll(matches(s.formula(), m));
                    at = m.end();
                } else {
                    at = m.start() + 1;
                }
            }
        }
        return out;
    }

    /**
     * The formula with its short slots (a name, a short phrase: filling a formula with the unit's name does
     * not make it content); a longer slot is left out, so its words count for what they are.
     */
    private static List<TermMatcher.Match> matches(String formula, Matcher m) {
        List<TermMatcher.Match> out = new ArrayList<>();
        int at = m.start();
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.end(g) - m.start(g) <= SHORT_SLOT) continue;
            if (m.start(g) > at) out.add(new TermMatcher.Match(formula, at, m.start(g)));
            at = m.end(g);
        }
        if (m.end() > at) out.add(new TermMatcher.Match(formula, at, m.end()));
        return out;
    }

    /** Each slot holds at most {@link #MAX_OWN_IN_SLOT} characters of the writer's own words. */
    private static boolean slotsFilledWithFewOwnWords(AnalyzedParagraph p, Matcher m, List<TermMatcher.Match> stock) {
        for (int g = 1; g <= m.groupCount(); g++) {
            int from = m.start(g), to = m.end(g), own = 0;
            for (Token t : p.tokens()) {
                if (t.start() < from || t.end() > to || !SloganRule.isOwn(t)) continue;
                if (stock.stream().anyMatch(x -> x.start() <= t.start() && t.end() <= x.end())) continue;
                own += t.word().length();
            }
            if (own > MAX_OWN_IN_SLOT) return false;
        }
        return true;
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
