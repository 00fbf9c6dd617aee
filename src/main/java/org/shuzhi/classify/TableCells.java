package org.shuzhi.classify;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.document.Part;
import org.shuzhi.document.TableColumn;
import org.shuzhi.document.TablePosition;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;

/**
 * Table cells, labelled by where they stand before what they say. A Word table's cells arrive as paragraphs
 * of their own. In a rectification table (问题 | 整改措施 | 责任人 | 时限, see {@link TableColumn}) each row is
 * one plan: the measure cell is {@code plan} and the problem cell {@code problem}, however short, and the
 * header, owner and deadline cells are {@code other}. Elsewhere a column heading ("项目", "2023年") or a
 * figure ("96人") says nothing by itself, and a classifier trained on prose reads such scraps as whatever
 * their few words lean to; so a short cell that is not a sentence is {@code other}, surely, and a cell that
 * is a sentence is labelled by what it says, like any paragraph.
 */
public final class TableCells implements ParagraphClassifier {
    /** Below this many characters a cell is a label or a figure; the rules call such paragraphs no content either. */
    static final int MIN_STATEMENT_CHARS = 12;

    private final ParagraphClassifier classifier;

    public TableCells(ParagraphClassifier classifier) {
        this.classifier = classifier;
    }

    /** The classifier that labels everything but the cells placed by their table. */
    public ParagraphClassifier classifier() {
        return classifier;
    }

    /** A cell of a table that is too short to state anything and is not a sentence. */
    public static boolean isScrap(AnalyzedParagraph p) {
        return p.paragraph().inTable() && p.chars() < MIN_STATEMENT_CHARS && !p.endsSentence();
    }

    /** What a cell holds by its column in a rectification table; OTHER for any other paragraph. */
    public static TableColumn column(AnalyzedParagraph p) {
        TablePosition at = p.paragraph().table();
        return at == null ? TableColumn.OTHER : at.role();
    }

    /** The label a cell has by where it stands, or null when what it says decides. */
    static Labeled placed(AnalyzedParagraph p) {
        TablePosition at = p.paragraph().table();
        if (at != null && at.isHeader()) return new Labeled(Part.OTHER, 1.0);
        return switch (column(p)) {
            case MEASURE -> new Labeled(Part.PLAN, 1.0);
            case PROBLEM -> new Labeled(Part.PROBLEM, 1.0);
            case OWNER, DEADLINE -> new Labeled(Part.OTHER, 1.0);
            case OTHER -> isScrap(p) ? new Labeled(Part.OTHER, 1.0) : null;
        };
    }

    @Override
    public Labeled classify(AnalyzedParagraph paragraph) {
        Labeled placed = placed(paragraph);
        return placed != null ? placed : classifier.classify(paragraph);
    }

    @Override
    public List<Labeled> classify(AnalyzedReport report) {
        List<Labeled> labels = new ArrayList<>(classifier.classify(report));
        for (AnalyzedParagraph p : report.paragraphs()) {
            Labeled placed = placed(p);
            if (placed != null) labels.set(p.index(), placed);
        }
        return labels;
    }

    @Override
    public String name() {
        return classifier.name();
    }
}
