package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.nlp.AnalyzedParagraph;

/**
 * REQUIRED_TOPIC_MISSING: a topic the notice makes mandatory for the report's year is never mentioned.
 * Presence of the topic's own name is what a reviewer checks, so the terms are looked up as written.
 */
public final class RequiredTopicRule implements Rule {
    @Override
    public String code() {
        return "REQUIRED_TOPIC_MISSING";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        Integer year = ctx.report().meta().year();
        List<Finding> out = new ArrayList<>();
        for (Profile.RequiredTopic t : ctx.profile().topics()) {
            if (!t.years().isEmpty() && (year == null || !t.years().contains(year))) continue;
            boolean covered = false;
            for (AnalyzedParagraph p : ctx.paragraphs()) {
                for (String term : t.terms()) covered |= p.normalized().contains(term);
            }
            if (covered) continue;
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("topic", t.name());
            evidence.put("terms", t.terms());
            if (year != null) evidence.put("year", year);
            String requirement = t.quote() != null ? "通知要求：“" + t.quote() + "”" : "“" + t.name() + "”是本年度必须述到的内容";
            out.add(info().finding(null, "报告没有述及“" + t.name() + "”", requirement, ctx.profile(), evidence));
        }
        return out;
    }
}
