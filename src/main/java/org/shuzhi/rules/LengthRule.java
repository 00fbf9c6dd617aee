package org.shuzhi.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** LENGTH_OVER_LIMIT: the report is longer than the profile allows for the writer's role. */
public final class LengthRule implements Rule {
    @Override
    public String code() {
        return "LENGTH_OVER_LIMIT";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String role = ctx.report().meta().role();
        Integer limit = ctx.profile().length().limitFor(role);
        int chars = ctx.report().chars();
        if (limit == null || chars <= limit) return List.of();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("chars", chars);
        evidence.put("limit", limit);
        evidence.put("role", role);
        evidence.put(Finding.SUMMARY, chars + "字，上限" + limit + "字");
        String who = role == null ? "述职报告" : role + "述职报告";
        return List.of(info().finding(null, "全文" + chars + "字（不计空格），超出上限" + (chars - limit) + "字",
                who + "字数不超过" + limit + "字", ctx.profile(), evidence));
    }
}
