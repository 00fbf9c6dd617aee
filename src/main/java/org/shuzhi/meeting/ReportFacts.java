package org.shuzhi.meeting;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.rules.ProblemWithoutPlanRule;
import org.shuzhi.rules.RuleContext;
import org.shuzhi.rules.Signals;

/**
 * What the meeting documents need of a report besides its findings, read from the same analysis as the
 * review: its concrete achievements (for the 点评's praise, which must rest on figures or named examples
 * the report really gives) and its problems paired with the plans that answer them (the 整改清单), as
 * PROBLEM_WITHOUT_PLAN pairs them.
 */
public record ReportFacts(List<Achievement> achievements, List<Rectification> rectifications) {
    /** The terms without those another term contains (月底前 inside 3月底前, 牵头 inside 由我牵头). */
    static List<String> longest(List<String> terms) {
        return terms.stream().filter(t -> terms.stream().noneMatch(o -> !o.equals(t) && o.contains(t))).toList();
    }

    /** A condensed statement or measure is cut at this many characters. */
    static final int MAX_STATEMENT = 80;
    /** A clause quoted in the 点评 is at most this long. */
    static final int MAX_CLAUSE = 40;

    public ReportFacts {
        achievements = List.copyOf(achievements);
        rectifications = List.copyOf(rectifications);
    }

    public static final ReportFacts NONE = new ReportFacts(List.of(), List.of());

    public static ReportFacts of(RuleContext ctx) {
        return new ReportFacts(achievements(ctx), rectifications(ctx));
    }

    static List<Achievement> achievements(RuleContext ctx) {
        List<Achievement> out = new ArrayList<>();
        for (AnalyzedParagraph p : ctx.content(Part.ACHIEVEMENT)) {
            int from = Signals.bodyStart(p);
            List<String> figures = Signals.figures(p, from, p.normalized().length());
            List<String> names = Signals.names(p);
            if (figures.isEmpty() && names.isEmpty()) continue;
            // a figure in digits is most often a result (12次, 80余场次); one in words most often counts the items
            // of a list (三项内容, 三项承诺)
            String first = figures.stream().filter(f -> f.chars().anyMatch(Character::isDigit)).findFirst()
                    .orElse(!figures.isEmpty() ? figures.get(0) : names.get(0));
            out.add(new Achievement(p.index(), topic(p), figures, names, clause(p.text(), first)));
        }
        return out;
    }

    /** The paragraph's heading or lead phrase, without numbering and end punctuation; null when there is none. */
    static String topic(AnalyzedParagraph p) {
        if (p.heading() == null || p.heading().title().isBlank()) return null;
        String title = p.heading().title();
        // the title as the writer has it (the normalised copy has half-width punctuation), same length
        int at = p.normalized().indexOf(title);
        return trimEnd(at < 0 ? title : p.text().substring(at, at + title.length()));
    }

    /** The clause (between ，。；：) holding {@code what}, in the text's own words, shortened if long. */
    static String clause(String text, String what) {
        int at = text.indexOf(what);
        if (at < 0) return null;
        int start = at;
        while (start > 0 && "，。；：,;:！？".indexOf(text.charAt(start - 1)) < 0) start--;
        int end = at + what.length();
        while (end < text.length() && "，。；：,;:！？".indexOf(text.charAt(end)) < 0) end++;
        String c = text.substring(start, end).strip();
        if (c.length() > MAX_CLAUSE) {
            // keep the figure and what leads up to it
            int from = Math.max(0, at - start - (MAX_CLAUSE - what.length()) / 2);
            c = c.substring(from, Math.min(c.length(), from + MAX_CLAUSE));
        }
        return c;
    }

    static List<Rectification> rectifications(RuleContext ctx) {
        List<Rectification> out = new ArrayList<>();
        for (ProblemWithoutPlanRule.Pairing pair : ProblemWithoutPlanRule.pairings(ctx)) {
            AnalyzedParagraph plan = pair.plan();
            if (plan == null) {
                out.add(new Rectification(pair.problem().index(), condense(pair.statement()), null, Rectification.NO_MEASURE,
                        List.of(), List.of()));
            } else {
                int len = plan.normalized().length();
                out.add(new Rectification(pair.problem().index(), condense(pair.statement()), plan.index(),
                        condense(plan.text().substring(Math.min(Signals.afterNumbering(plan), len))),
                        longest(pair.deadlines()), longest(pair.owners())));
            }
        }
        return out;
    }

    /** A statement or measure for a table cell: its first sentence, at most {@link #MAX_STATEMENT} characters. */
    static String condense(String text) {
        String s = CommentDrafter.withoutNumbering(text.strip());
        int end = s.indexOf('。');
        if (end > 0 && end < s.length() - 1) s = s.substring(0, end + 1);
        if (s.length() > MAX_STATEMENT) s = s.substring(0, MAX_STATEMENT) + "……";
        return s;
    }

    static String trimEnd(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "。，；：,.;:".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1);
        return t;
    }
}
