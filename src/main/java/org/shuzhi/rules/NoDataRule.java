package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;

/**
 * NO_DATA: an achievement paragraph with nothing concrete ({@link ConcreteContent}): no figure, no date, no
 * named honour, person, place or activity of the unit's own. A paragraph whose figures are template residue
 * (X次, XX) is left to PLACEHOLDER_LEFT: the writer meant a figure there.
 */
public final class NoDataRule implements Rule {
    /** Shorter paragraphs are lead-ins; a reviewer does not ask them for figures. */
    static final int MIN_CHARS = 30;

    @Override
    public String code() {
        return "NO_DATA";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (AnalyzedParagraph p : ctx.content(Part.ACHIEVEMENT)) {
            // praise among the problems is a disguised achievement, a different fault
            if (Signals.contentChars(p) < MIN_CHARS || ctx.inProblems(p)) continue;
            if (!ConcreteContent.of(p).isEmpty()) continue;
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("figures", 0);
            evidence.put("namedExamples", 0);
            evidence.put("dates", 0);
            evidence.put("honours", 0);
            evidence.put("chars", Signals.contentChars(p));
            out.add(info().finding(p.index(), null, "这段履职情况" + Signals.contentChars(p)
                    + "字，没有一个数据，也没有具体事例（时间、人物、地点、活动或荣誉）", evidence));
        }
        return out;
    }
}
