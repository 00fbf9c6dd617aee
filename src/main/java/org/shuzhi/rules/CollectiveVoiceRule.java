package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;

/**
 * COLLECTIVE_VOICE: an achievement or plan paragraph whose actors are the team or the organisation
 * (我们, 班子, 党委, 本支部, 我校) as the subject of a clause, and never the secretary as 我 (a word of its
 * own in the segmentation). A group named only as object or modifier (推动支部工作, 加强支委班子建设) is
 * not an actor; praise standing among the problems is a disguised achievement, not this fault.
 */
public final class CollectiveVoiceRule implements Rule {
    @Override
    public String code() {
        return "COLLECTIVE_VOICE";
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (AnalyzedParagraph p : ctx.paragraphs()) {
            Part part = ctx.part(p);
            if ((part != Part.ACHIEVEMENT && part != Part.PLAN) || !ctx.isContent(p)) continue;
            if (part == Part.ACHIEVEMENT && ctx.inProblems(p)) continue;
            if (!Signals.firstPerson(p).isEmpty()) continue;
            List<TermMatcher.Match> actors = new ArrayList<>();
            for (TermMatcher.Match m : Signals.collective(p)) {
                if (Signals.isSubject(p, m, Lexicon.set("subjects-collective"), true)) actors.add(m);
            }
            if (actors.isEmpty()) continue;
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("actors", TermMatcher.terms(actors));
            evidence.put("firstPerson", false);
            TermMatcher.Match first = actors.get(0);
            out.add(info().finding(p.index(), new Span(first.start(), first.end()),
                    "这段" + part.chinese() + "以“" + String.join("”“", TermMatcher.terms(actors))
                            + "”的口吻叙述，没有讲“我”做了什么", evidence));
        }
        return out;
    }
}
