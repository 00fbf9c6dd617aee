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
    static final double MIN_SCORE = Double.parseDouble(System.getProperty("shuzhi.pwp", "1.5"));

    @Override
    public String code() {
        return "PROBLEM_WITHOUT_PLAN";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        List<Set<String>> plans = new ArrayList<>();
        for (AnalyzedParagraph p : ctx.content(Part.PLAN)) plans.add(keywords(p));
        // a word that runs through the whole report (党员, 学习) says less than one found in two places only
        Map<String, Integer> df = new java.util.HashMap<>();
        int n = 0;
        for (AnalyzedParagraph p : ctx.paragraphs()) {
            if (!ctx.isContent(p)) continue;
            n++;
            for (String w : keywords(p)) df.merge(w, 1, Integer::sum);
        }
        List<Finding> out = new ArrayList<>();
        for (AnalyzedParagraph p : ctx.content(Part.PROBLEM)) {
            if (isCauseAnalysis(p) || p.normalized().strip().endsWith(":")) continue;
            Set<String> words = keywords(p);
            if (words.isEmpty()) continue;
            double best = 0;
            List<String> bestShared = List.of();
            for (Set<String> plan : plans) {
                double score = 0;
                List<String> shared = new ArrayList<>();
                for (String w : words) {
                    if (!plan.contains(w)) continue;
                    score += Math.log((n + 1.0) / df.getOrDefault(w, 1));
                    shared.add(w);
                }
                if (score > best) {
                    best = score;
                    bestShared = shared;
                }
            }
            if (best >= MIN_SCORE || bestShared.size() >= 2) continue;
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("keywords", words.stream().limit(8).toList());
            evidence.put("plans", plans.size());
            evidence.put("closestPlanShares", bestShared);
            out.add(info().finding(p.index(), null, plans.isEmpty()
                    ? "报告没有下一步打算，这个问题没有整改措施"
                    : "下一步打算中没有针对这个问题（" + String.join("、", words.stream().limit(4).toList()) + "）的整改措施", evidence));
        }
        return out;
    }

    /** A paragraph that explains causes rather than naming a problem needs no plan of its own. */
    static boolean isCauseAnalysis(AnalyzedParagraph p) {
        String body = p.normalized().substring(Signals.afterNumbering(p)).strip();
        int opening = Math.min(15, body.length());
        for (TermMatcher.Match m : TermMatcher.of("cause-markers").find(p)) {
            if (m.start() - Signals.afterNumbering(p) < opening && !m.term().equals("由于") && !m.term().equals("主要是")) return true;
        }
        return body.matches("^(以上|上述|这些|产生)[^,，。]{0,8}问题.*") || body.contains("说到底");
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
