package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;

/**
 * OBJECTIVE_CAUSES_ONLY: a cause analysis (原因, 究其原因, 由于 ……, or circumstances said to prevent the
 * work: lexicon consequences, 难以保证, 受到制约, 所以) that names only circumstances ({@link Circumstances}:
 * 任务重, 人员本来就少, 只有党员9名) and no subjective cause (lexicon causes-subjective).
 */
public final class ObjectiveCausesRule implements Rule {
    @Override
    public String code() {
        return "OBJECTIVE_CAUSES_ONLY";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (AnalyzedParagraph p : ctx.paragraphs()) {
            if (!ctx.isContent(p) || !(ctx.part(p) == Part.PROBLEM || ctx.inProblems(p))) continue;
            List<TermMatcher.Match> markers = TermMatcher.of("cause-markers").find(p);
            int from;
            if (!markers.isEmpty()) {
                from = markers.get(0).start();
            } else if (!TermMatcher.of("consequences").find(p).isEmpty() && Signals.firstPerson(p).isEmpty()) {
                // "科研任务重，集中学习时间难以保证": circumstances given as what prevents the work; where the
                // secretary speaks of himself (我), it is self-criticism, not an excuse
                from = Signals.afterNumbering(p);
            } else {
                continue;
            }
            List<TermMatcher.Match> objective = Circumstances.find(p, from, p.normalized().length());
            if (objective.isEmpty()) continue;
            if (!TermMatcher.of("causes-subjective").find(p).isEmpty()) continue;
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("objective", TermMatcher.terms(objective));
            evidence.put("subjective", List.of());
            out.add(info().finding(p.index(), new Span(from, p.normalized().length()),
                    "原因分析只讲了客观因素（" + String.join("、", TermMatcher.terms(objective))
                            + "），没有从思想认识、责任意识、能力作风等主观方面找原因", evidence));
        }
        return out;
    }
}
