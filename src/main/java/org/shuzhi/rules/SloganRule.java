package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.Token;

/**
 * SLOGAN_HEAVY: a paragraph whose words are mostly stock political formulations and which says little of
 * its own. Each content word of the paragraph (after its numbering) is one of: part of a stock
 * formulation (lexicon stock-phrases, or a stock structure of lexicon stock-structures such as
 * 为…贡献…力量 with its slots filled), a generic abstract word of the register (lexicon abstract-words,
 * adverbs, 方位词), an actor (lexicon actor-words, the collective subjects, 我), part of a formula no
 * lexicon lists but its shape gives away (FormulaShapes: 以学正心、以查纠偏; 奋进新征程; idioms), or content of
 * its own (concrete nouns, verbs of particular actions, names, numbers). The paragraph is slogan-heavy when the
 * stock share is high against its own content, its own content share low, and it has hardly a figure and
 * no named example.
 */
public final class SloganRule implements Rule {
    /**
     * The stock share less a quarter of the own-content share must reach this: a paragraph a little richer
     * in its own words needs a little more stock to count as slogans. Fitted on the corpus and the
     * development held-out set (docs/rules-evaluation.md), not on the blind sets.
     */
    static final double MIN_SCORE = 0.36;
    static final double OWN_WEIGHT = 0.25;
    /** Share of the counted characters that are the paragraph's own content at most. */
    static final double MAX_OWN = 0.30;
    /**
     * Distinct political formulas a slogan-heavy paragraph strings together (generic claims such as 取得明显成效
     * are no formulas): a concrete paragraph citing one or two formulas is not slogan-heavy.
     */
    static final int MIN_FORMULAS = 3;
    /**
     * ... unless the paragraph has next to nothing of its own: one or two formulas filled out with the register's
     * generic words ("推动支部工作再上新台阶") make it just as empty.
     */
    static final double MAX_OWN_FEW = 0.10;
    /** Shorter paragraphs (counted characters) are a heading's worth: too little to judge. */
    static final int MIN_CHARS = 14;

    @Override
    public String code() {
        return "SLOGAN_HEAVY";
    }

    /** How a paragraph's words divide: stock formulation, generic, own content (characters). */
    /** @param shapes formulas found by their shape (FormulaShapes) that claimed some of the writer's words */
    /** @param formulas distinct formulas: stock matches that do not overlap one another */
    record Composition(int stock, int generic, int own, List<String> phrases, List<String> ownWords, Set<Integer> ownStarts,
                       List<String> shapes, int formulas) {
        int counted() {
            return stock + generic + own;
        }

        double stockShare() {
            return counted() == 0 ? 0 : stock / (double) counted();
        }

        double ownShare() {
            return counted() == 0 ? 0 : own / (double) counted();
        }
    }

    static Composition composition(AnalyzedParagraph p) {
        return composition(p, List.of());
    }

    /** @param common phrases many archived reports share, counted as stock besides the lexicons' */
    static Composition composition(AnalyzedParagraph p, List<CommonPhrases.Common> common) {
        int from = Signals.afterNumbering(p);
        List<TermMatcher.Match> stock = new ArrayList<>(TermMatcher.of("stock-phrases").cover(p, from, p.normalized().length()));
        stock.addAll(StockStructures.standard().find(p, from, p.normalized().length()));
        for (CommonPhrases.Common c : common) stock.add(new TermMatcher.Match(c.phrase(), c.start(), c.end()));
        // a book's or a document's title (《中国共产党纪律处分条例》) is a named example of the writer's, not a formula
        List<int[]> titles = titles(p.normalized(), from);
        stock.removeIf(m -> titles.stream().anyMatch(t -> t[0] <= m.start() && m.end() <= t[1]));
        List<TermMatcher.Match> shapes = FormulaShapes.find(p, from);
        List<TermMatcher.Match> shaped = new ArrayList<>();
        int s = 0, g = 0, o = 0;
        List<String> own = new ArrayList<>();
        Set<Integer> ownStarts = new java.util.HashSet<>();
        for (Token t : p.tokens()) {
            if (t.start() < from || !isContentWord(t)) continue;
            int n = t.word().length();
            if (within(stock, t) != null) {
                s += n;
            } else if (isActor(t)) {
                continue;
            } else if (isGeneric(t)) {
                g += n;
            } else if (within(shapes, t) != null) {
                // a shape claims only what would be the writer's own: it never makes generic words stock
                s += n;
                shaped.add(within(shapes, t));
            } else {
                o += n;
                own.add(t.word());
                ownStarts.add(t.start());
            }
        }
        // generic claims (取得明显成效, 各项工作) and the names of systems and campaigns (三会一课, 党史学习教育:
        // what the work was about) weigh as stock in the shares, yet they are no political formulas
        Set<String> claims = Lexicon.set("generic-claims"), names = Lexicon.set("institutions");
        List<TermMatcher.Match> formulas = new ArrayList<>(stock.stream().filter(m -> !claims.contains(m.term()) && !names.contains(m.term())).toList());
        formulas.addAll(shaped);
        // the formulas first: they are what the message cites
        List<String> phrases = new ArrayList<>(TermMatcher.terms(formulas));
        for (String x : TermMatcher.terms(stock)) if (!phrases.contains(x)) phrases.add(x);
        return new Composition(s, g, o, phrases, own, ownStarts, TermMatcher.terms(shaped), distinct(formulas));
    }

    /**
     * How many distinct formulas the matches make: overlapping matches (走深走实 inside 推动…走深走实, the
     * pieces of a structure) are one formula, named by the longest.
     */
    static int distinct(List<TermMatcher.Match> matches) {
        List<TermMatcher.Match> sorted = new ArrayList<>(matches);
        sorted.sort(java.util.Comparator.comparingInt(TermMatcher.Match::start));
        Set<String> found = new java.util.HashSet<>();
        TermMatcher.Match group = null;
        int end = -1;
        for (TermMatcher.Match m : sorted) {
            if (m.start() >= end) {
                if (group != null) found.add(group.term());
                group = m;
            } else if (m.end() - m.start() > group.end() - group.start()) {
                group = m;
            }
            end = Math.max(end, m.end());
        }
        if (group != null) found.add(group.term());
        // the same formula twice (深度融合 … 深度融合) is one formula
        return found.size();
    }

    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile("《[^》]{1,40}》");

    /** [start, end) of each 《title》 after {@code from}. */
    private static List<int[]> titles(String text, int from) {
        List<int[]> out = new ArrayList<>();
        var m = TITLE.matcher(text).region(from, text.length());
        while (m.find()) out.add(new int[] {m.start(), m.end()});
        return out;
    }

    private static TermMatcher.Match within(List<TermMatcher.Match> matches, Token t) {
        for (TermMatcher.Match m : matches) if (m.start() <= t.start() && t.end() <= m.end()) return m;
        return null;
    }

    /** An actor (lexicon actor-words, the collective subjects, 我, a unit or pronoun tag): not what is said. */
    static boolean isActor(Token t) {
        String w = t.word();
        return Lexicon.set("actor-words").contains(w) || Lexicon.set("subjects-collective").contains(w)
                || Lexicon.set("subjects-first-person").contains(w) || t.pos().equals("nis") || t.pos().equals("rr");
    }

    /** A generic word of the register (lexicon abstract-words), an adverb, a locative, or an area scope (全县). */
    static boolean isGeneric(Token t) {
        return Lexicon.set("abstract-words").contains(t.word()) || isGenericPos(t.pos()) || isScope(t);
    }

    /** 全县, 全市, 全省: the whole administrative area a formula serves, not something of the unit's own. */
    private static boolean isScope(Token t) {
        return t.word().length() == 2 && t.word().charAt(0) == '全' && "省市州县区乡镇村".indexOf(t.word().charAt(1)) >= 0;
    }

    /** The writer's own content word, outside any stock match: neither actor nor generic. */
    static boolean isOwn(Token t) {
        return isContentWord(t) && !isActor(t) && !isGeneric(t);
    }

    /** Words that carry meaning: not punctuation, particles, prepositions, conjunctions, interjections. */
    static boolean isContentWord(Token t) {
        String pos = t.pos();
        return !t.isPunctuation() && !pos.startsWith("u") && !pos.startsWith("p") && !pos.startsWith("c")
                && !pos.startsWith("w") && !pos.startsWith("y") && !pos.startsWith("e") && !pos.startsWith("o");
    }

    /** Adverbs (认真, 不断) and locatives (中, 上) say how or where, never what. */
    private static boolean isGenericPos(String pos) {
        return pos.equals("d") || pos.equals("ad") || pos.equals("vd") || pos.equals("f");
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        boolean archive = CommonPhrases.usable(ctx.commonness());
        Map<String, Integer> counts = new HashMap<>();
        for (AnalyzedParagraph p : ctx.paragraphs()) {
            if (!ctx.isContent(p) || ctx.part(p) == Part.OTHER) continue;
            Composition c = composition(p);
            if (c.counted() < MIN_CHARS) continue;
            if (Signals.figures(p).size() > 1 || namesOutsideFormulas(p)) continue;
            List<CommonPhrases.Common> common = List.of();
            // the archive is asked only about paragraphs the lexicons leave short of the mark, and not about
            // problems: many reports name the same problems in the same words (理论学习不够), which makes
            // them common, not formulas
            if (archive && ctx.part(p) != Part.PROBLEM && !slogans(c) && !c.ownStarts().isEmpty()) {
                common = CommonPhrases.find(p, Signals.afterNumbering(p), c.ownStarts(), ctx.commonness(), counts);
                if (!common.isEmpty()) c = composition(p, common);
            }
            if (!slogans(c)) continue;
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("stockShare", round(c.stockShare()));
            evidence.put("ownShare", round(c.ownShare()));
            // ordered maps: Map.of's order changes from one JVM start to the next, and scripts compare the JSON
            Map<String, Object> limits = new LinkedHashMap<>();
            limits.put("stockShareLessQuarterOwnAtLeast", MIN_SCORE);
            limits.put("ownShareAtMost", MAX_OWN);
            evidence.put("limits", limits);
            evidence.put("phrases", c.phrases());
            if (!c.shapes().isEmpty()) evidence.put("shapes", c.shapes());
            evidence.put("ownWords", c.ownWords());
            String fromArchive = "";
            if (!common.isEmpty()) {
                List<Map<String, Object>> shared = new ArrayList<>();
                for (CommonPhrases.Common x : common) {
                    Map<String, Object> phrase = new LinkedHashMap<>();
                    phrase.put("phrase", x.phrase());
                    phrase.put("reports", x.reports());
                    shared.add(phrase);
                }
                evidence.put("commonPhrases", shared);
                evidence.put("commonAtLeastReports", PhraseCommonness.stockLimit(ctx.commonness().reports()));
                evidence.put("archiveReports", ctx.commonness().reports());
                fromArchive = "；其中“" + String.join("”“", common.stream().map(CommonPhrases.Common::phrase).limit(3).toList())
                        + "”在档案库" + common.stream().mapToInt(CommonPhrases.Common::reports).min().orElse(0) + "份以上报告中都出现过";
            }
            out.add(info().finding(p.index(), null, String.format(Locale.ROOT,
                    "这段%.0f%%的文字是套话（%s等），自己的内容只占%.0f%%%s", c.stockShare() * 100,
                    String.join("、", c.phrases().stream().limit(4).toList()), c.ownShare() * 100, fromArchive), evidence));
        }
        return out;
    }

    /**
     * A named person, place or organisation outside the slots of a stock structure: "努力把和平里社区打造成为……"
     * names the unit in a formula, which is no example of its work.
     */
    static boolean namesOutsideFormulas(AnalyzedParagraph p) {
        List<TermMatcher.Match> structures = StockStructures.standard().find(p, 0, p.normalized().length());
        String text = p.normalized();
        for (String name : Signals.names(p)) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int s = at, e = at + name.length();
                if (structures.stream().noneMatch(m -> m.start() <= s && e <= m.end())) return true;
            }
        }
        return false;
    }

    /** Stock high against the paragraph's own content, and its own content low. */
    static boolean slogans(Composition c) {
        return score(c) >= MIN_SCORE && c.ownShare() <= MAX_OWN && (c.formulas() >= MIN_FORMULAS || (c.formulas() > 0 && c.ownShare() <= MAX_OWN_FEW));
    }

    static double score(Composition c) {
        return c.stockShare() - OWN_WEIGHT * c.ownShare();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
