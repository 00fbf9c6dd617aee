package org.shuzhi.classify;

import org.shuzhi.nlp.AnalyzedParagraph;

/** Labels a paragraph by what it says: achievement, problem, plan or other. Implementations are thread-safe. */
public interface ParagraphClassifier {
    Labeled classify(AnalyzedParagraph paragraph);

    /** A short name for messages and evaluation tables. */
    String name();
}
