package org.shuzhi.nlp;

import java.util.List;
import java.util.Set;

/**
 * Annotation rules for what is said of people: circumstances first, then negated predicates and faults,
 * so that a fault is never a circumstance.
 * <ul>
 * <li>CIRCUMSTANCE: {@code circumstance-lexicon} (lexicon causes-objective: 年龄偏大, 任务重); {@code load}: a thing
 *     or people with a predicate of load or amount (人员本来就少, 年轻党员少, 任务十分繁重); {@code unable}: what
 *     they cannot do (无法参加, 难以到场); {@code negated-count} (不到一半); {@code own-noun-negated}: a noun of
 *     their own denied (行动不便, 身体不好); {@code denies-having}: a thing they lack (没有固定工作单位);
 * <li>NEGATED: {@code negated-predicate}: 不/没/未/无 before a verb or adjective, or a word opening with one
 *     (不上心, 不以为然); not 不断, 无论, 不仅;
 * <li>FAULT: {@code deficiency-lexicon} (lexicon deficiency: 不够, 淡薄, 应付) and {@code negated-predicate}, where
 *     no circumstance covers them; {@code harboured-tendency} (存在“怕担责”思想, 存在应付心理).
 * </ul>
 */
final class Predicates {
    private Predicates() {}

    private static final String NEGATIONS = "不没未无";
    /** Negations of ability: what the group cannot do is a circumstance; 不能 stays a fault (不能按时参加). */
    private static final Set<String> UNABLE = Set.of("无法", "没法", "难以", "无力");
    /** Predicates of load, amount or distance: what a circumstance is said to be. */
    private static final Set<String> LOAD = Set.of("重", "繁重", "繁忙", "繁杂", "多", "少", "紧", "紧张", "大", "有限",
            "不足", "偏少", "较少", "偏大", "较大", "分散", "偏远", "不便", "匮乏", "短缺", "频繁", "过少", "较多", "不多");
    private static final Set<String> LOAD_NEGATIONS = Set.of("不", "没", "没有", "未", "不太", "不够");
    private static final int MAX_ADVERBS = 3;

    static void annotate(Draft d) {
        circumstances(d);
        negatedPredicates(d);
        deficiencies(d);
        tendencies(d);
    }

    private static final Set<String> HARBOUR = Set.of("存在", "产生", "滋生", "滋长");
    private static final Set<String> TENDENCIES = Set.of("思想", "现象", "倾向", "心理", "情绪", "苗头", "想法", "问题");

    /**
     * {@code harboured-tendency}: 存在/产生 … a tendency (存在“怕担责”思想, 存在应付心理, 产生松懈情绪): a fault of attitude,
     * whatever words, quoted or not, name it.
     */
    private static void tendencies(Draft d) {
        List<Token> ts = d.tokens;
        for (int i = 0; i < ts.size(); i++) {
            if (!HARBOUR.contains(ts.get(i).word()) || d.immune(ts.get(i))) continue;
            Draft.ClauseDraft c = d.clauseOf(ts.get(i).start());
            for (int j = i + 1; j < ts.size() && c != null && ts.get(j).start() < c.end && ts.get(j).start() - ts.get(i).end() <= 16; j++) {
                Token t = ts.get(j);
                if (d.immune(t) || !TENDENCIES.contains(t.word())) continue;
                if (!d.overlaps(Role.FAULT, t.start(), t.end())) d.annotate(t.start(), t.end(), Role.FAULT, "harboured-tendency");
                break;
            }
        }
    }

    private static void circumstances(Draft d) {
        for (int[] r : Mentions.matches(d, "causes-objective")) {
            if (!d.immune(r[0], r[1])) d.annotate(d.tokens.get(r[0]).start(), d.tokens.get(r[1] - 1).end(), Role.CIRCUMSTANCE, "circumstance-lexicon");
        }
        List<Token> ts = d.tokens;
        Set<String> qualities = Lexicon.set("attribute-words");
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (d.immune(t)) continue;
            // load: 考核指标重, 人员本来就少, 年轻党员少; a noun after a verb is its object, and its amount is
            // conduct (参加活动少); a quality of people (积极性不高) is no circumstance
            if (t.pos().startsWith("n") && !qualities.contains(t.word()) && !(i > 0 && ts.get(i - 1).isVerb())) {
                int j = i + 1;
                while (j < ts.size() && j - i <= MAX_ADVERBS && ts.get(j).pos().startsWith("d") && !LOAD_NEGATIONS.contains(ts.get(j).word())) j++;
                if (j < ts.size() && LOAD.contains(ts.get(j).word()) && Token.closesPredicate(ts, j + 1)) mark(d, i, j + 1, "load");
            }
            if (UNABLE.contains(t.word())) {
                int end = i + 1 < ts.size() && ts.get(i + 1).pos().startsWith("v") ? i + 2 : i + 1;
                mark(d, i, end, "unable");
                continue;
            }
            if (NEGATIONS.indexOf(t.word().charAt(0)) < 0) continue;
            Token next = i + 1 < ts.size() ? ts.get(i + 1) : null;
            if (next != null && next.isNumeral() && next.start() == t.end()) {
                mark(d, i, i + 2, "negated-count"); // 不到一半, 不足三成: a count of people
                continue;
            }
            // 行动不便, 身体不好: a noun of their own before the negation is what it denies, unless it is a quality
            // of people (纪律观念, 服务意识) or the object of a preposition in the clause (对……服务不以为然)
            // (参加活动不积极 is conduct: the noun is a verb's object; 学习不深入, 质量不高, 作用发挥不明显 name a
            // shortfall: only a state is denied, 不便, 不好, 不佳)
            Token prev = i > 0 ? ts.get(i - 1) : null;
            if (prev != null && prev.end() == t.start() && (prev.pos().startsWith("n") || prev.pos().equals("vn"))
                    && !Mentions.isPeople(prev) && !qualities.contains(prev.word()) && !prepositionBefore(d, i)
                    && !(i > 1 && ts.get(i - 2).isVerb()) && !deficiencyAt(d, i) && deniesState(ts, i)) {
                mark(d, i - 1, i + 1, "own-noun-negated");
                continue;
            }
            int having = deniesHaving(d, i);
            if (having > i + 1) mark(d, i, having, "denies-having");
        }
    }

    /** States of body or means that a negation denies (行动不便, 身体不好, 视力不佳, 精力不济). */
    private static final Set<String> STATES = Set.of("便", "好", "佳", "适", "济", "灵", "方便", "灵便", "健康", "稳定", "固定");

    /** The negation at token {@code i} denies a state: 不便 as one word, or 不 before one of the states. */
    private static boolean deniesState(List<Token> ts, int i) {
        String w = ts.get(i).word();
        if (w.length() > 1) return STATES.contains(w.substring(1));
        return i + 1 < ts.size() && STATES.contains(ts.get(i + 1).word());
    }

    /** A deficiency term (不高, 不明显, 不够) starts at token {@code i}. */
    private static boolean deficiencyAt(Draft d, int i) {
        Set<String> terms = Lexicon.set("deficiency");
        int start = d.tokens.get(i).start();
        for (int j = i; j < d.tokens.size() && j < i + 4; j++) {
            if (terms.contains(d.text.substring(start, d.tokens.get(j).end()))) return true;
        }
        return false;
    }

    private static void mark(Draft d, int from, int to, String rule) {
        int s = d.tokens.get(from).start(), e = d.tokens.get(to - 1).end();
        if (!d.overlaps(Role.CIRCUMSTANCE, s, e)) d.annotate(s, e, Role.CIRCUMSTANCE, rule);
    }



    /** A preposition stands earlier in the clause of token {@code i}. */
    private static boolean prepositionBefore(Draft d, int i) {
        Draft.ClauseDraft c = d.clauseOf(d.tokens.get(i).start());
        int from = c == null ? 0 : c.start;
        for (int k = i - 1; k >= 0 && d.tokens.get(k).start() >= from; k--) if (d.tokens.get(k).pos().startsWith("p")) return true;
        return false;
    }

    /**
     * 没有 or 无 before a noun (没有工作单位, 无固定收入) denies a possession, a circumstance, not conduct; a quality
     * of people among the nouns (没有责任意识) keeps it a fault. Returns the end of the noun group, or i + 1.
     */
    private static int deniesHaving(Draft d, int i) {
        String w = d.tokens.get(i).word();
        if (!w.equals("没有") && !w.equals("无") && !w.equals("没")) return i + 1;
        List<Token> ts = d.tokens;
        int at = ts.get(i).end(), nouns = 0, j = i + 1;
        for (; j < ts.size(); j++) {
            Token t = ts.get(j);
            boolean noun = t.pos().startsWith("n") || t.pos().equals("vn");
            // 没有固定工作单位: a qualifying adjective belongs to the noun group
            if (t.start() != at || !(noun || Mentions.isModifier(t))) break;
            if (Lexicon.set("attribute-words").contains(t.word())) return i + 1;
            if (noun) nouns++;
            at = t.end();
        }
        return nouns > 0 ? j : i + 1;
    }

    /**
     * {@code negated-predicate}: a verb, adjective or idiom that opens with a negation (不以为然, 无关), or 不/没/未
     * before a verb or adjective (不参加, 不上心); not before a count or 的, not in quotes, not a circumstance.
     */
    private static void negatedPredicates(Draft d) {
        List<Token> ts = d.tokens;
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (NEGATIONS.indexOf(t.word().charAt(0)) < 0 || d.immune(t) || UNABLE.contains(t.word())) continue;
            Token next = i + 1 < ts.size() ? ts.get(i + 1) : null;
            if (next != null && (next.isNumeral() || next.pos().startsWith("ude"))) continue;
            String pos = t.pos();
            boolean predicate = t.word().length() > 1 && (pos.startsWith("v") || pos.startsWith("a") || pos.equals("i") || pos.endsWith("l"));
            boolean beforeVerb = pos.equals("d") && t.word().length() == 1 && next != null && next.start() == t.end()
                    && (next.pos().startsWith("v") || next.pos().startsWith("a"));
            int end = predicate ? t.end() : beforeVerb ? next.end() : -1;
            if (end < 0 || d.overlaps(Role.CIRCUMSTANCE, t.start(), end)) continue;
            d.annotate(t.start(), end, Role.NEGATED, "negated-predicate");
            d.annotate(t.start(), end, Role.FAULT, "negated-predicate");
        }
    }

    /** {@code deficiency-lexicon}: shortcomings (不够, 淡薄, 应付了事) outside circumstances and quotes. */
    private static void deficiencies(Draft d) {
        for (int[] r : Mentions.matches(d, "deficiency")) {
            if (d.immune(r[0], r[1])) continue;
            int s = d.tokens.get(r[0]).start(), e = d.tokens.get(r[1] - 1).end();
            if (d.overlaps(Role.CIRCUMSTANCE, s, e) || d.overlaps(Role.FAULT, s, e)) continue;
            d.annotate(s, e, Role.FAULT, "deficiency-lexicon");
        }
    }
}
