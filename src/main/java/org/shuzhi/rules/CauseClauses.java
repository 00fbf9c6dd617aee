package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.classify.CauseLabel;
import org.shuzhi.classify.CauseModel;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.Token;

/**
 * The clauses of a cause analysis, each judged subjective (the secretary's own thinking and conduct),
 * objective (a circumstance) or other by the cause classifier (classify/CauseModel, trained on hand-written
 * clauses). A clause is the text between punctuation marks; 、 joins a list inside one clause (任务重、人手少).
 * A clause saying what the circumstances prevented (lexicon consequences: 难以保证, 只能推迟) is an outcome, not a
 * cause. Without a bundled model the lexicons judge: causes-subjective, then the circumstances of {@link Circumstances}.
 */
public final class CauseClauses {
    private static final String CLAUSE_ENDS = "，,；;。！？!?：:";

    /** A clause [start, end) of the paragraph and what it names. */
    public record Clause(int start, int end, String text, CauseLabel label) {}

    private CauseClauses() {}

    /** The clauses within [from, to) of the paragraph, judged. */
    public static List<Clause> of(AnalyzedParagraph p, int from, int to) {
        String text = p.normalized();
        List<Clause> out = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i < to && CLAUSE_ENDS.indexOf(text.charAt(i)) < 0) continue;
            int s = start, e = i;
            start = i + 1;
            List<Token> tokens = p.tokens().stream().filter(t -> t.start() >= s && t.end() <= e).toList();
            if (tokens.stream().noneMatch(t -> !t.isPunctuation())) continue;
            out.add(new Clause(s, e, text.substring(s, e), judge(p, tokens, s, e)));
        }
        return out;
    }

    private static CauseLabel judge(AnalyzedParagraph p, List<Token> tokens, int s, int e) {
        // what the circumstances prevented (时间难以保证, 只能推迟, 所以……没有落实) is an outcome, not a cause
        if (!TermMatcher.of("consequences").find(p, s, e).isEmpty()) return CauseLabel.OTHER;
        CauseModel model = CauseModel.standard();
        if (model != null) return model.classify(tokens);
        if (!TermMatcher.of("causes-subjective").find(p, s, e).isEmpty()) return CauseLabel.SUBJECTIVE;
        return Circumstances.find(p, s, e).isEmpty() ? CauseLabel.OTHER : CauseLabel.OBJECTIVE;
    }
}
