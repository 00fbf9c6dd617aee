package org.shuzhi.classify;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;

/**
 * Table cells that are not statements. A Word table's cells arrive as paragraphs of their own; a column
 * heading ("项目", "2023年") or a figure ("96人") says nothing by itself, and a classifier trained on prose
 * reads such scraps as whatever their few words lean to. So a short cell that is not a sentence is
 * {@code other}, surely; a cell that is a sentence (a measure in a rectification list) is labelled by
 * what it says, like any paragraph.
 */
public final class TableCells implements ParagraphClassifier {
    /** Below this many characters a cell is a label or a figure; the rules call such paragraphs no content either. */
    static final int MIN_STATEMENT_CHARS = 12;

    private final ParagraphClassifier classifier;

    public TableCells(ParagraphClassifier classifier) {
        this.classifier = classifier;
    }

    /** The classifier that labels everything but the scraps. */
    public ParagraphClassifier classifier() {
        return classifier;
    }

    /** A cell of a table that is too short to state anything and is not a sentence. */
    public static boolean isScrap(AnalyzedParagraph p) {
        return p.paragraph().inTable() && p.chars() < MIN_STATEMENT_CHARS && !p.endsSentence();
    }

    @Override
    public Labeled classify(AnalyzedParagraph paragraph) {
        return isScrap(paragraph) ? new Labeled(Part.OTHER, 1.0) : classifier.classify(paragraph);
    }

    @Override
    public List<Labeled> classify(AnalyzedReport report) {
        List<Labeled> labels = new ArrayList<>(classifier.classify(report));
        for (AnalyzedParagraph p : report.paragraphs()) {
            if (isScrap(p)) labels.set(p.index(), new Labeled(Part.OTHER, 1.0));
        }
        return labels;
    }

    @Override
    public String name() {
        return classifier.name();
    }
}
