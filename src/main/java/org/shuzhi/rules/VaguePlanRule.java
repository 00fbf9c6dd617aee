package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;

/**
 * VAGUE_PLAN: a plan paragraph with neither a measurable target (a figure) nor a deadline (a date,
 * 年内, 每季度). An owner alone does not make "进一步加强理论学习" concrete; the evidence says what lacks.
 */
public final class VaguePlanRule implements Rule {
    static final int MIN_CHARS = 15;

    @Override
    public String code() {
        return "VAGUE_PLAN";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (AnalyzedParagraph p : ctx.content(Part.PLAN)) {
            if (Signals.contentChars(p) < MIN_CHARS || p.normalized().strip().endsWith(":")) continue;
            List<String> targets = Signals.figures(p);
            List<String> deadlines = Signals.deadlines(p);
            if (!targets.isEmpty() || !deadlines.isEmpty()) continue;
            List<String> owners = Signals.owners(p);
            List<String> lacks = new ArrayList<>();
            if (owners.isEmpty()) lacks.add("责任人");
            lacks.add("可衡量的目标");
            lacks.add("完成时限");
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("lacks", lacks);
            evidence.put("owner", owners);
            evidence.put("target", targets);
            evidence.put("deadline", deadlines);
            out.add(info().finding(p.index(), null, "这条打算没有" + String.join("、", lacks), evidence));
        }
        return out;
    }
}
