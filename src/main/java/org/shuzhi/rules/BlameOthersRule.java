package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.Token;

/**
 * BLAME_OTHERS: a problem paragraph whose subjects are members, subordinates or the team (部分党员……不高,
 * 班子成员……不够) and where the secretary never appears (我, 本人, 自身, 自己). A group named as object
 * (对党员的教育管理不严) is the secretary's own problem and does not count.
 */
public final class BlameOthersRule implements Rule {
    private static final Set<String> SELF = Set.of("我", "本人", "自身", "自己", "书记本人", "我本人");
    /** Words after which a noun is an object or in a modifier, not the subject. */
    private static final Set<String> OBJECT_MARKERS = Set.of("对", "把", "给", "为", "向", "让", "使", "帮助", "引导",
            "带领", "组织", "教育", "督促", "关心", "联系", "对于", "针对", "与", "和", "同", "跟", "要求");

    @Override
    public String code() {
        return "BLAME_OTHERS";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (AnalyzedParagraph p : ctx.content(Part.PROBLEM)) {
            boolean self = p.tokens().stream().anyMatch(t -> SELF.contains(t.word()));
            if (self) continue;
            List<TermMatcher.Match> subjects = new ArrayList<>();
            for (TermMatcher.Match m : TermMatcher.of("blame").find(p)) if (isSubject(p, m)) subjects.add(m);
            if (subjects.isEmpty()) continue;
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("blamed", TermMatcher.terms(subjects));
            evidence.put("self", false);
            TermMatcher.Match first = subjects.get(0);
            out.add(info().finding(p.index(), new Span(first.start(), first.end()),
                    "这段问题归到“" + String.join("”“", TermMatcher.terms(subjects)) + "”身上，没有讲书记本人的责任", evidence));
        }
        return out;
    }

    /** Subject: at the start of a clause, or after a quantifier or adverb; not after a preposition or verb. */
    static boolean isSubject(AnalyzedParagraph p, TermMatcher.Match m) {
        Token before = null;
        for (Token t : p.tokens()) {
            if (t.start() >= m.start()) break;
            before = t;
        }
        if (before == null) return true;
        if (p.heading() != null && before.end() <= p.heading().contentStart()) return true;
        if (OBJECT_MARKERS.contains(before.word())) return false;
        String pos = before.pos();
        if (before.isPunctuation() || pos.startsWith("c") || pos.startsWith("d") || pos.startsWith("r")
                || pos.startsWith("m") || pos.equals("vshi")) return true;
        if (pos.startsWith("p") || pos.startsWith("v") || pos.startsWith("u")) return false;
        return pos.startsWith("n") || pos.equals("f") || pos.equals("t");
    }
}
