package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;

/**
 * DISGUISED_ACHIEVEMENT: a paragraph in the problems part that praises (评功摆好): honours or results with
 * only a "could be even better" for a shortfall, a virtue passed off as a fault (对自己要求过严), or a
 * paragraph the classifier reads as an achievement although it stands among the problems.
 */
public final class DisguisedAchievementRule implements Rule {
    @Override
    public String code() {
        return "DISGUISED_ACHIEVEMENT";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (AnalyzedParagraph p : ctx.paragraphs()) {
            if (!ctx.isContent(p) || !ctx.inProblems(p)) continue;
            List<TermMatcher.Match> praise = TermMatcher.of("praise").find(p);
            List<TermMatcher.Match> soft = TermMatcher.of("soft-shortfalls").find(p);
            List<TermMatcher.Match> virtues = TermMatcher.of("virtue-faults").find(p);
            List<TermMatcher.Match> deficits = new ArrayList<>(TermMatcher.of("deficiency").find(p));
            deficits.removeIf(d -> overlaps(d, soft) || overlaps(d, virtues));
            boolean readAsAchievement = ctx.part(p) == Part.ACHIEVEMENT && p.section() == Part.PROBLEM;
            String why;
            if (!virtues.isEmpty() && deficits.size() <= 1) {
                why = "把优点当缺点讲（“" + virtues.get(0).term() + "”）";
            } else if (!praise.isEmpty() && !soft.isEmpty() && deficits.isEmpty()) {
                why = "讲的是成绩（“" + praise.get(0).term() + "”），所谓不足只是“" + soft.get(0).term() + "”";
            } else if (readAsAchievement && !praise.isEmpty() && deficits.size() <= 1) {
                why = "内容是成绩（“" + praise.get(0).term() + "”），不是问题";
            } else {
                continue;
            }
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("praise", TermMatcher.terms(praise));
            evidence.put("softShortfalls", TermMatcher.terms(soft));
            evidence.put("virtuesAsFaults", TermMatcher.terms(virtues));
            evidence.put("realShortfalls", TermMatcher.terms(deficits));
            TermMatcher.Match at = !virtues.isEmpty() ? virtues.get(0) : praise.get(0);
            out.add(info().finding(p.index(), new Span(at.start(), at.end()), "这段放在“存在问题”中，却" + why, evidence));
        }
        return out;
    }

    private static boolean overlaps(TermMatcher.Match m, List<TermMatcher.Match> others) {
        return others.stream().anyMatch(o -> o.start() < m.end() && m.start() < o.end());
    }
}
