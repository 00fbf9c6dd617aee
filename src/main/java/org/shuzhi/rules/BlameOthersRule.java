package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.Annotation;
import org.shuzhi.nlp.Clause;
import org.shuzhi.nlp.Role;
import org.shuzhi.nlp.Roles;

/**
 * BLAME_OTHERS, read from the paragraph's roles: in a problem paragraph, a group (部分党员, 个别支部书记, 班子成员,
 * 物业公司, 网格员 — GROUP) is the subject of a clause whose predicate is a fault (FAULT: 积极性不高, 不上心,
 * 应付了事), and the secretary never appears (SELF: 我, 本人, a reflexive that points back to no one else).
 * Not blame: a group named as object (对党员的教育管理不严: the secretary's own problem), a group that says
 * something (有的老党员说……: a source), a circumstance (年龄偏大, 行动不便, 无法参加: OBJECTIVE_CAUSES_ONLY's
 * matter), an analysis of causes.
 */
public final class BlameOthersRule implements Rule {
    @Override
    public String code() {
        return "BLAME_OTHERS";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (AnalyzedParagraph p : ctx.content(Part.PROBLEM)) {
            // an analysis of causes explains the problems; it pins nothing on anyone
            if (ProblemWithoutPlanRule.isCauseAnalysis(p) || p.roles().speaksAsSelf()) continue;
            List<Annotation> blamed = blamed(p.roles());
            if (blamed.isEmpty()) continue;
            List<String> names = blamed.stream().map(Annotation::text).distinct().toList();
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("blamed", names);
            evidence.put("self", false);
            Annotation first = blamed.get(0);
            out.add(info().finding(p.index(), new Span(first.start(), first.end()),
                    "这段问题归到“" + String.join("”“", names) + "”身上，没有讲书记本人的责任", evidence));
        }
        return out;
    }

    /** Groups that are the subject of a fault: after them in their clause, or in a clause that goes on about them. */
    static List<Annotation> blamed(Roles roles) {
        List<Annotation> out = new ArrayList<>();
        for (Clause c : roles.clauses()) {
            Annotation s = c.subject();
            if (s == null || s.role() != Role.SUBJECT || !roles.is(s, Role.GROUP)) continue;
            int from = c.inherited() ? c.start() : s.end();
            if (!roles.of(Role.FAULT, from, c.end()).isEmpty() && out.stream().noneMatch(s::sameSpan)) out.add(s);
        }
        return out;
    }
}
