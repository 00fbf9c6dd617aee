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

    @Override
    public String code() {
        return "BLAME_OTHERS";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (AnalyzedParagraph p : ctx.content(Part.PROBLEM)) {
            boolean self = p.tokens().stream().anyMatch(t -> SELF.contains(t.word()));
            // an analysis of causes explains the problems; it pins nothing on anyone
            if (self || ProblemWithoutPlanRule.isCauseAnalysis(p)) continue;
            List<TermMatcher.Match> subjects = new ArrayList<>();
            for (TermMatcher.Match m : TermMatcher.of("blame").find(p)) {
                if (isSubject(p, m) && faultFollows(p, m)) subjects.add(m);
            }
            for (TermMatcher.Match m : quantifiedGroups(p)) {
                if (subjects.stream().noneMatch(x -> x.start() < m.end() && m.start() < x.end()) && faultFollows(p, m)) subjects.add(m);
            }
            subjects.sort(java.util.Comparator.comparingInt(TermMatcher.Match::start));
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

    private static final Set<String> QUANTIFIERS = Set.of("部分", "个别", "少数", "有的", "一些", "极少数", "不少");

    /** "个别学生党支部", "少数律所": a quantifier and the noun group after it are other people. */
    static List<TermMatcher.Match> quantifiedGroups(AnalyzedParagraph p) {
        List<TermMatcher.Match> out = new ArrayList<>();
        List<Token> ts = p.tokens();
        for (int i = 0; i + 1 < ts.size(); i++) {
            if (!QUANTIFIERS.contains(ts.get(i).word())) continue;
            int j = i + 1;
            // the group's words: nouns, and adjectives that qualify the next noun (一些老党员, 部分年轻党员)
            while (j < ts.size() && j - i <= 4 && (ts.get(j).pos().startsWith("n")
                    || (isModifier(ts.get(j)) && j + 1 < ts.size() && ts.get(j + 1).pos().startsWith("n") && ts.get(j + 1).start() == ts.get(j).end()))) j++;
            while (j > i + 1 && !isPeople(ts.get(j - 1))) j--; // 部分青年党员|理想信念: the group ends at its people
            if (j == i + 1) continue;
            TermMatcher.Match m = new TermMatcher.Match(p.normalized().substring(ts.get(i).start(), ts.get(j - 1).end()),
                    ts.get(i).start(), ts.get(j - 1).end());
            if (isSubject(p, m)) out.add(m);
        }
        return out;
    }

    /** An adjective or distinguishing word of one character or two (老, 年轻, 青年): part of the group's name. */
    private static boolean isModifier(Token t) {
        return (t.pos().equals("a") || t.pos().equals("b")) && t.word().length() <= 2;
    }

    /** Ends in a word for people or their organisation (党员, 负责人, 支部), not a thing (部分网格). */
    static boolean isPeople(Token t) {
        String w = t.word();
        return t.pos().equals("nnt") || t.pos().startsWith("nr") || Lexicon.set("blame").contains(w)
                || Lexicon.set("subjects-collective").contains(w) || Lexicon.set("actor-words").contains(w)
                || w.endsWith("员") || w.endsWith("人") || w.endsWith("者") || w.endsWith("党组织") || w.endsWith("单位")
                || w.endsWith("部门");
    }

    /** Amounts: after a noun (年轻党员少) they count people, a circumstance; after a verb (参加活动少) conduct. */
    private static final Set<String> AMOUNTS = Set.of("少", "多", "较少", "偏少", "较多", "不多", "过少");

    /**
     * The rest of the subject's clause names a fault of attitude or conduct (积极性不高, 应付了事), not a
     * circumstance (年龄偏大, 居住分散, 任务重), which is a cause, not blame.
     */
    static boolean faultFollows(AnalyzedParagraph p, TermMatcher.Match m) {
        String text = p.normalized();
        int end = m.end();
        while (end < text.length() && "。;；!?,，".indexOf(text.charAt(end)) < 0) end++;
        if (TermMatcher.of("deficiency").find(p, m.end(), end).isEmpty()) {
            // "部分党员忙于课题，参加组织生活的积极性不高": the fault may sit in the next clause
            end = Math.min(end + 1, text.length());
            while (end < text.length() && "。;；!?,，".indexOf(text.charAt(end)) < 0) end++;
        }
        if (end - m.end() < 2) return false;
        List<TermMatcher.Match> circumstances = TermMatcher.of("causes-objective").find(p, m.end(), end);
        for (TermMatcher.Match d : TermMatcher.of("deficiency").find(p, m.end(), end)) {
            if (circumstances.stream().anyMatch(c -> c.start() < d.end() && d.start() < c.end())) continue;
            if (AMOUNTS.contains(d.term()) && !afterVerb(p, d.start())) continue;
            return true;
        }
        return false;
    }

    private static boolean afterVerb(AnalyzedParagraph p, int at) {
        Token prev = null;
        for (Token t : p.tokens()) {
            if (t.end() > at) break;
            prev = t;
        }
        return prev != null && prev.end() == at && prev.pos().startsWith("v");
    }

    static boolean isSubject(AnalyzedParagraph p, TermMatcher.Match m) {
        boolean quantified = QUANTIFIERS.stream().anyMatch(m.term()::startsWith);
        Set<String> alsoGroup = new java.util.HashSet<>(Lexicon.set("actor-words"));
        alsoGroup.addAll(Lexicon.set("attribute-words"));
        return Signals.isSubject(p, m, alsoGroup, quantified);
    }
}
