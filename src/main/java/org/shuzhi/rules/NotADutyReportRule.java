package org.shuzhi.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NOT_A_DUTY_REPORT: the text is not a secretary's duty report — a leader's speech or 点评 on other
 * secretaries' reports, a news item about a 述职评议会, a meeting notice, a unit's work summary (see
 * {@link TextKinds} and rules/text-kinds.yaml). The catalog lets this finding supersede every other: the
 * content rules measure a duty report, and this is none.
 */
public final class NotADutyReportRule implements Rule {
    @Override
    public String code() {
        return "NOT_A_DUTY_REPORT";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        TextKinds.Judgement j = TextKinds.standard().judge(ctx.report());
        if (j.isReport()) return List.of();
        StringBuilder why = new StringBuilder();
        if (j.title() != null) why.append("标题为“").append(j.title()).append("”；");
        for (TextKinds.Match m : j.cues()) {
            why.append(m.cue());
            if (m.paragraph() >= 0) why.append("（第").append(m.paragraph() + 1).append("段“").append(m.quote()).append("”）");
            why.append("；");
        }
        why.setLength(why.length() - 1);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("kind", j.kind());
        evidence.put("kindName", j.name());
        if (j.title() != null) evidence.put("title", j.title());
        evidence.put("cues", TextKinds.evidence(j.cues()));
        evidence.put("selfParagraphs", j.self());
        evidence.put(Finding.SUMMARY, "疑为" + j.name());
        String found = "提交的文本看来是" + j.name() + "，不是党组织书记本人的述职报告：" + why
                + "；全文没有本人述职的表述，也很少以“我”讲述本人履职，未作内容审查";
        return List.of(info().finding(null, null, found, evidence));
    }
}
