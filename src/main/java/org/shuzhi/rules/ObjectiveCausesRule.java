package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.classify.CauseLabel;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;

/**
 * OBJECTIVE_CAUSES_ONLY: a cause analysis whose clauses name circumstances (任务重, 地处偏远, 设备老化, 疫情,
 * 上级任务多) and none of the secretary's own thinking, standards, drive or conduct (主业意识不强, 学习的主动性
 * 不够, 放松了要求). Each clause is judged by the cause classifier ({@link CauseClauses}), so a shortfall of the
 * secretary's own ("精力投入不足", "钻研的劲头不够") counts as the subjective cause it is, whatever words it uses.
 * A cause analysis is the text from a cause marker on (原因, 究其原因, 由于 …), or a problem paragraph that
 * gives circumstances as what kept the work from being done (lexicon consequences: 难以, 只能推迟, 受…影响).
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
            int from = causeStart(p);
            if (from < 0) continue;
            List<CauseClauses.Clause> clauses = CauseClauses.of(p, from, p.normalized().length());
            List<CauseClauses.Clause> objective = clauses.stream().filter(c -> c.label() == CauseLabel.OBJECTIVE).toList();
            if (objective.isEmpty() || ownsAFailing(p, clauses, objective.size())) continue;
            List<String> named = objective.stream().map(c -> c.text().strip()).toList();
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("objective", named);
            evidence.put("subjective", List.of());
            evidence.put("clauses", clauses.size());
            out.add(info().finding(p.index(), new Span(objective.get(0).start(), objective.get(objective.size() - 1).end()),
                    "原因分析只讲了客观因素（" + String.join("；", named.stream().limit(3).map(ObjectiveCausesRule::shorten).toList())
                            + "），没有从思想认识、责任意识、能力作风等主观方面找原因", evidence));
        }
        return out;
    }

    /**
     * Whether the cause analysis names a failing of the secretary's own: a clause the classifier calls
     * subjective that names an inner quality or the secretary as where the cause lies (lexicon own-qualities:
     * 认识, 劲头, 标准, 满足于, 根子在我), or the secretary (我, 本人, 自身) with a shortfall (lexicon deficiency).
     * A subjective clause naming neither ("留下来的少", "研究党建的时间很少") is a weak sign: it outweighs the
     * circumstances only when there are fewer than two of them for it.
     */
    static boolean ownsAFailing(AnalyzedParagraph p, List<CauseClauses.Clause> clauses, int objective) {
        int weak = 0;
        for (CauseClauses.Clause c : clauses) {
            if (c.label() != CauseLabel.SUBJECTIVE) continue;
            if (!OWN.find(p, c.start(), c.end()).isEmpty()) return true;
            if (!SELF.find(p, c.start(), c.end()).isEmpty() && !SHORTFALL.find(p, c.start(), c.end()).isEmpty()) return true;
            weak++;
        }
        return 2 * weak > objective;
    }

    private static final TermMatcher OWN = TermMatcher.of("own-qualities");
    private static final TermMatcher SELF = new TermMatcher(List.of("我", "本人", "自己", "自身", "书记本人"));
    private static final TermMatcher SHORTFALL = TermMatcher.of("deficiency");

    /**
     * Where the paragraph's cause analysis begins: at its first cause marker, or after its numbering when it
     * gives circumstances as what kept the work from being done; -1 when it analyses no cause.
     */
    static int causeStart(AnalyzedParagraph p) {
        for (TermMatcher.Match m : TermMatcher.of("cause-markers").find(p)) {
            if (!m.term().equals("主要是") || framedAsCause(p, m.start())) return m.start();
        }
        boolean prevented = !TermMatcher.of("consequences").find(p).isEmpty() || AFFECTED.matcher(p.normalized()).find();
        return prevented ? Signals.afterNumbering(p) : -1;
    }

    /** 受疫情影响, 受今年持续降雨影响: a circumstance named as what the work suffered from (影响 alone is also "influence"). */
    private static final java.util.regex.Pattern AFFECTED = java.util.regex.Pattern.compile("受[^，。；,;]{1,12}影响");

    private static final java.util.regex.Pattern CAUSE_FRAME = java.util.regex.Pattern.compile("问题|产生|出现|造成|导致|这些|以上|上述|困难|难以|无法|不便");

    /**
     * 主要是 opens a cause analysis when it opens the paragraph or follows words about the problems ("产生这些问题，
     * 主要是……", "参加组织生活困难，主要是……"); after a problem's own words it describes the problem ("学习形式
     * 单一，主要是读文件").
     */
    private static boolean framedAsCause(AnalyzedParagraph p, int at) {
        String text = p.normalized();
        int sentence = at;
        while (sentence > 0 && "。；;！？!?".indexOf(text.charAt(sentence - 1)) < 0) sentence--;
        return at <= Signals.afterNumbering(p) || CAUSE_FRAME.matcher(text.substring(sentence, at)).find();
    }

    private static String shorten(String s) {
        return s.length() <= 16 ? s : s.substring(0, 16) + "……";
    }
}
