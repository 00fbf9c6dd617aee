package org.shuzhi.classify;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;

/**
 * Labels the page decides before the words do. A heading alone ("共学共建，让支部“强”起来", "党建品牌建设"),
 * a table of contents and web-page debris state nothing, yet a classifier trained on statements reads
 * their few words as whatever they lean to (a slogan's 强 and 建设 as achievements). They are
 * {@code other}, surely, whichever classifier labels the rest.
 */
public final class LayoutLabels {
    private static final Labeled OTHER = new Labeled(Part.OTHER, 1.0);

    private LayoutLabels() {}

    /** {@code labels} (one per paragraph, in order) with every layout-only line labelled {@code other}. */
    public static List<Labeled> apply(AnalyzedReport report, List<Labeled> labels) {
        List<Labeled> out = null;
        for (AnalyzedParagraph p : report.paragraphs()) {
            if (!p.isLayoutOnly() || labels.get(p.index()).label() == Part.OTHER && labels.get(p.index()).confidence() == 1.0) continue;
            if (out == null) out = new ArrayList<>(labels);
            out.set(p.index(), OTHER);
        }
        return out == null ? labels : out;
    }
}
