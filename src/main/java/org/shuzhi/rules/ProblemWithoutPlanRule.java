package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.Token;

/**
 * PROBLEM_WITHOUT_PLAN: a problem paragraph that no plan paragraph answers. A plan answers a problem
 * when they share content words (nouns, verbs, adjectives of two characters or more, not the generic
 * words of lexicon generic-words): "学习积极性不高" is answered by "提高党员学习的积极性".
 */
public final class ProblemWithoutPlanRule implements Rule {
    static final int MIN_SHARED = 2;

    @Override
    public String code() {
        return "PROBLEM_WITHOUT_PLAN";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        List<Set<String>> plans = new ArrayList<>();
        for (AnalyzedParagraph p : ctx.content(Part.PLAN)) plans.add(keywords(p));
        List<Finding> out = new ArrayList<>();
        for (AnalyzedParagraph p : ctx.content(Part.PROBLEM)) {
            if (isCauseAnalysis(p) || p.normalized().strip().endsWith(":")) continue;
            Set<String> words = keywords(p);
            if (words.size() < MIN_SHARED) continue;
            int best = 0;
            for (Set<String> plan : plans) {
                int shared = 0;
                for (String w : words) if (plan.contains(w)) shared++;
                best = Math.max(best, shared);
            }
            if (best >= MIN_SHARED) continue;
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("keywords", words.stream().limit(8).toList());
            evidence.put("plans", plans.size());
            evidence.put("bestOverlap", best);
            out.add(info().finding(p.index(), null, plans.isEmpty()
                    ? "报告没有下一步打算，这个问题没有整改措施"
                    : "下一步打算中没有针对这个问题（" + String.join("、", words.stream().limit(4).toList()) + "）的整改措施", evidence));
        }
        return out;
    }

    /** A paragraph that explains causes rather than naming a problem needs no plan of its own. */
    static boolean isCauseAnalysis(AnalyzedParagraph p) {
        String head = p.content().strip();
        head = head.substring(0, Math.min(12, head.length()));
        return head.contains("原因") || head.contains("根源") || head.contains("之所以") || head.startsWith("究其");
    }

    static Set<String> keywords(AnalyzedParagraph p) {
        Set<String> generic = Set.copyOf(Lexicon.entries("generic-words"));
        Set<String> out = new LinkedHashSet<>();
        for (Token t : p.tokens()) {
            String pos = t.pos();
            if (t.word().length() < 2 || generic.contains(t.word())) continue;
            if (pos.startsWith("n") || pos.startsWith("v") || pos.startsWith("a") || pos.equals("vn")) out.add(t.word());
        }
        return out;
    }
}
