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
            } else if (concession(p) != null) {
                why = "先讲成绩（“" + concession(p) + "”），“但”后面只是总结宣传推广不够";
            } else {
                continue;
            }
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("praise", TermMatcher.terms(praise));
            evidence.put("softShortfalls", TermMatcher.terms(soft));
            evidence.put("virtuesAsFaults", TermMatcher.terms(virtues));
            evidence.put("realShortfalls", TermMatcher.terms(deficits));
            Span span = !virtues.isEmpty() ? new Span(virtues.get(0).start(), virtues.get(0).end())
                    : praise.isEmpty() ? null : new Span(praise.get(0).start(), praise.get(0).end());
            out.add(info().finding(p.index(), span, "这段放在“存在问题”中，却" + why, evidence));
        }
        return out;
    }

    private static final java.util.Set<String> CONTRASTS = java.util.Set.of("但", "但是", "不过", "只是", "然而");
    private static final String CLAUSE_ENDS = "。;；!?,，:：";

    /**
     * "虽然……受到表扬，但经验总结提炼还不够": praise before a 但 and, after it, shortfalls only of
     * telling and spreading the success (lexicon publicity-shortfalls). Returns the praise word, or null.
     */
    static String concession(AnalyzedParagraph p) {
        String text = p.normalized();
        org.shuzhi.nlp.Token contrast = p.tokens().stream().filter(t -> CONTRASTS.contains(t.word())).findFirst().orElse(null);
        if (contrast == null) return null;
        int sentenceStart = contrast.start();
        while (sentenceStart > 0 && "。!?;；".indexOf(text.charAt(sentenceStart - 1)) < 0) sentenceStart--;
        List<TermMatcher.Match> praise = TermMatcher.of("praise").find(p, sentenceStart, contrast.start());
        if (praise.isEmpty()) return null;
        List<TermMatcher.Match> publicity = TermMatcher.of("publicity-shortfalls").find(p, contrast.end(), text.length());
        if (publicity.isEmpty()) return null;
        for (TermMatcher.Match d : TermMatcher.of("deficiency").find(p, contrast.end(), text.length())) {
            int from = d.start(), to = d.end();
            while (from > contrast.end() && CLAUSE_ENDS.indexOf(text.charAt(from - 1)) < 0) from--;
            while (to < text.length() && CLAUSE_ENDS.indexOf(text.charAt(to)) < 0) to++;
            int f = from, t = to;
            // a shortfall in a clause that is not about telling or spreading is a real problem
            if (publicity.stream().noneMatch(m -> m.start() >= f && m.end() <= t)) return null;
        }
        return praise.get(0).term();
    }

    private static boolean overlaps(TermMatcher.Match m, List<TermMatcher.Match> others) {
        return others.stream().anyMatch(o -> o.start() < m.end() && m.start() < o.end());
    }
}
