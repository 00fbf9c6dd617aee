package org.shuzhi.classify;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;

/** Labels a paragraph by what it says: achievement, problem, plan or other. Implementations are thread-safe. */
public interface ParagraphClassifier {
    Labeled classify(AnalyzedParagraph paragraph);

    /**
     * Labels every paragraph of a report, in order. Classifiers that use a paragraph's place in the report
     * override this; the default labels each paragraph on its own.
     */
    default List<Labeled> classify(AnalyzedReport report) {
        List<Labeled> out = new ArrayList<>(report.paragraphs().size());
        for (AnalyzedParagraph p : report.paragraphs()) out.add(classify(p));
        return out;
    }

    /** A short name for messages and evaluation tables. */
    String name();
}
