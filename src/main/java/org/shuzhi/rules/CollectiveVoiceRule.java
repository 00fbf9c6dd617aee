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
 * COLLECTIVE_VOICE, read from the paragraph's roles: the team or the organisation (班子, 党委, 我们, 社区党委)
 * is the subject of a clause and the secretary never appears as himself (SELF: 我, 本人, not a quoted 我).
 * <ul>
 * <li>achievements and plans: a collective subject of an act; not of a statement of size ("支部共有党员61名"),
 *     not the team named as object (把班子和干部队伍建设……) or as modifier (支部工作);
 * <li>problems: a collective subject with a fault in its clause ("社区党委对退休党员的教育管理还不够到位"), when
 *     no paragraph of the problems part says 我: the problems are the organisation's, not the secretary's.
 * </ul>
 * Praise standing among the problems is a disguised achievement, not this fault.
 */
public final class CollectiveVoiceRule implements Rule {
    @Override
    public String code() {
        return "COLLECTIVE_VOICE";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        boolean problemsInFirstPerson = ctx.paragraphs().stream()
                .anyMatch(p -> ctx.isContent(p) && (ctx.part(p) == Part.PROBLEM || ctx.inProblems(p)) && p.roles().speaksAsSelf());
        for (AnalyzedParagraph p : ctx.paragraphs()) {
            if (!ctx.isContent(p) || p.roles().speaksAsSelf()) continue;
            Part part = ctx.part(p);
            List<Annotation> actors;
            if (part == Part.PLAN || (part == Part.ACHIEVEMENT && !ctx.inProblems(p))) actors = actors(p.roles());
            else if (part == Part.PROBLEM && !problemsInFirstPerson) actors = atFault(p.roles());
            else continue;
            if (actors.isEmpty()) continue;
            List<String> names = actors.stream().map(Annotation::text).distinct().toList();
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("actors", names);
            evidence.put("firstPerson", false);
            Annotation first = actors.get(0);
            String found = part == Part.PROBLEM
                    ? "这段问题以“" + String.join("”“", names) + "”的口吻查摆，整个存在问题部分没有讲“我”的不足"
                    : "这段" + part.chinese() + "以“" + String.join("”“", names) + "”的口吻叙述，没有讲“我”做了什么";
            out.add(info().finding(p.index(), new Span(first.start(), first.end()), found, evidence));
        }
        return out;
    }

    /**
     * The organisation at the head of a clause that tells of an act, not of size or make-up, nor of the lead
     * phrase's topic ("支部建设提质增效。"): as its subject (支部组织党员……) or as the owner of what opens
     * the clause (支部党员带头值守, 支部工作取得新成效: MODIFIER before the clause's first noun).
     */
    static List<Annotation> actors(Roles roles) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation m : roles.of(Role.COLLECTIVE)) {
            Clause c = roles.clauseAt(m.start());
            if (c == null || c.fact() || c.lead() || !(roles.is(m, Role.SUBJECT) || roles.is(m, Role.MODIFIER))) continue;
            out.add(m);
        }
        return out;
    }

    /** The organisation (not its members: 支委, 全体党员 are a group) as subject of a fault in its clauses. */
    static List<Annotation> atFault(Roles roles) {
        List<Annotation> out = new ArrayList<>();
        for (Clause c : roles.clauses()) {
            Annotation s = c.subject();
            if (s == null || s.role() != Role.SUBJECT || !roles.is(s, Role.COLLECTIVE) || roles.is(s, Role.GROUP)) continue;
            int from = c.inherited() ? c.start() : s.end();
            if (!roles.of(Role.FAULT, from, c.end()).isEmpty() && out.stream().noneMatch(s::sameSpan)) out.add(s);
        }
        return out;
    }
}
