package org.shuzhi.classify;

import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;

/**
 * The fallback when no trained model is available: a paragraph's label is the part it sits in by the
 * headings; heading lines are {@code other}. Its low confidence says it did not read the text.
 */
public final class SectionClassifier implements ParagraphClassifier {
    @Override
    public Labeled classify(AnalyzedParagraph p) {
        if (p.isHeadingOnly()) return new Labeled(Part.OTHER, 0.5);
        return new Labeled(p.section(), 0.5);
    }

    @Override
    public String name() {
        return "section";
    }
}
