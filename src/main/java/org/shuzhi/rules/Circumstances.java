package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.Token;

/**
 * Circumstances given as causes (客观原因): the terms of lexicon causes-objective (任务重, 交通不便), and
 * what the segmentation shows as a thing's load or scarcity — a noun as the subject of a predicate of
 * load or amount (考核指标重, 业务人员本来就少, 时间紧), or a count after 只有/仅有 (只有党员9名). A noun after
 * a verb is an object, and its amount is conduct (参加活动少), not a circumstance; a quality of people
 * (积极性不高, lexicon attribute-words) is no circumstance either.
 */
public final class Circumstances {
    /** Predicates of load, amount or distance: what a circumstance is said to be. */
    private static final Set<String> LOAD = Set.of("重", "繁重", "繁忙", "繁杂", "多", "少", "紧", "紧张", "大", "有限",
            "不足", "偏少", "较少", "偏大", "较大", "分散", "偏远", "不便", "匮乏", "短缺", "频繁");
    private static final Set<String> NEGATIONS = Set.of("不", "没", "没有", "未", "不太", "不够");
    private static final Set<String> ONLY = Set.of("只有", "仅有", "才有", "仅");
    /** Adverbs may stand between the noun and its predicate (人员本来就少, 任务十分繁重). */
    private static final int MAX_ADVERBS = 3;

    private Circumstances() {}

    /** The circumstances within [from, to) of the paragraph. */
    public static List<TermMatcher.Match> find(AnalyzedParagraph p, int from, int to) {
        List<TermMatcher.Match> out = new ArrayList<>(TermMatcher.of("causes-objective").find(p, from, to));
        List<Token> ts = p.tokens();
        Set<String> qualities = Lexicon.set("attribute-words");
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (t.start() < from || t.end() > to) continue;
            Token end = null;
            if (t.pos().startsWith("n") && !qualities.contains(t.word()) && !(i > 0 && ts.get(i - 1).isVerb())) {
                int j = i + 1;
                // a negation makes it a shortfall of conduct (破题不多), not a load
                while (j < ts.size() && j - i <= MAX_ADVERBS && ts.get(j).pos().startsWith("d") && !NEGATIONS.contains(ts.get(j).word())) j++;
                if (j < ts.size() && LOAD.contains(ts.get(j).word()) && ts.get(j).end() <= to && Token.closesPredicate(ts, j + 1)) end = ts.get(j);
            } else if (ONLY.contains(t.word())) {
                for (int j = i + 1; j < ts.size() && j - i <= 3 && !ts.get(j).isPunctuation(); j++) {
                    if (!ts.get(j).isNumeral() || ts.get(j).end() > to) continue;
                    end = ts.get(j);
                    // with its measure word: 只有党员9名
                    if (j + 1 < ts.size() && ts.get(j + 1).pos().startsWith("q") && ts.get(j + 1).end() <= to) end = ts.get(j + 1);
                }
            }
            if (end == null) continue;
            int s = t.start(), e = end.end();
            if (out.stream().noneMatch(m -> m.start() < e && s < m.end())) out.add(new TermMatcher.Match(p.normalized().substring(s, e), s, e));
        }
        out.sort(java.util.Comparator.comparingInt(TermMatcher.Match::start));
        return out;
    }


}
