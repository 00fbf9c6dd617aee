package org.shuzhi.rules;

import java.util.List;
import org.shuzhi.classify.Labeled;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;

/** What a check reads: the analysed report, each paragraph's label (same order), and the profile. */
public record RuleContext(AnalyzedReport report, List<Labeled> labels, Profile profile) {
    public RuleContext {
        labels = List.copyOf(labels);
    }

    public Labeled label(AnalyzedParagraph p) {
        return labels.get(p.index());
    }
}
