package org.shuzhi.classify;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;

/** The trained model as the product's classifier; confidence is the probability of the chosen class. */
public final class WekaParagraphClassifier implements ParagraphClassifier {
    private final ParagraphModel model;

    public WekaParagraphClassifier(ParagraphModel model) {
        this.model = model;
    }

    /** A lone paragraph: its position in the report is unknown and treated as missing. */
    @Override
    public Labeled classify(AnalyzedParagraph paragraph) {
        return best(model.distribution(paragraph, Double.NaN));
    }

    @Override
    public List<Labeled> classify(AnalyzedReport report) {
        List<AnalyzedParagraph> ps = report.paragraphs();
        List<Labeled> out = new ArrayList<>(ps.size());
        // a report of one paragraph is a paragraph sent alone (a word processor's): its place is unknown, not first
        if (ps.size() == 1) return List.of(classify(ps.get(0)));
        for (AnalyzedParagraph p : ps) out.add(best(model.distribution(p, Positions.of(p.index(), ps.size()))));
        return out;
    }

    static Labeled best(double[] dist) {
        int best = 0;
        for (int i = 1; i < dist.length; i++) if (dist[i] > dist[best]) best = i;
        return new Labeled(Part.values()[best], dist[best]);
    }

    @Override
    public String name() {
        return "weka-" + model.algorithm().name().toLowerCase(java.util.Locale.ROOT);
    }
}
