package org.shuzhi.rules;

import java.util.List;
import org.shuzhi.classify.Labeled;
import org.shuzhi.document.Part;
import org.shuzhi.document.TablePosition;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;

/**
 * What a check reads: the analysed report, each paragraph's label (same order), the profile, and how
 * common phrases are across the archive (null without an archive).
 */
public record RuleContext(AnalyzedReport report, List<Labeled> labels, Profile profile, PhraseCommonness commonness) {
    /** Paragraphs shorter than this (after any heading) are headings, bylines or lead-ins, not content. */
    private static final int MIN_CONTENT_CHARS = 12;

    public RuleContext {
        labels = List.copyOf(labels);
    }

    /** Without an archive. */
    public RuleContext(AnalyzedReport report, List<Labeled> labels, Profile profile) {
        this(report, labels, profile, null);
    }

    public Labeled label(AnalyzedParagraph p) {
        return labels.get(p.index());
    }

    /**
     * The part a paragraph's content belongs to: its label, except that a full sentence the classifier
     * calls "other" (taking "（二）加强支委班子建设，增强支委的履职能力。" for a heading) counts as the part
     * whose heading it stands under, unless it is the report's closing line.
     */
    public Part part(AnalyzedParagraph p) {
        if (p.isDebris()) return Part.OTHER;
        Part label = label(p).label();
        if (label != Part.OTHER || p.section() == null || p.section() == Part.OTHER) return label;
        if (!p.endsSentence() || Signals.contentChars(p) < MIN_SENTENCE_CHARS || isClosing(p)) return label;
        return p.section();
    }

    /** A content sentence of its own, not a lead phrase: "加强支委班子建设，增强履职能力。" */
    private static final int MIN_SENTENCE_CHARS = 15;
    /** Closing lines are short: "以上述职，请各位领导和同志们批评指正。" */
    private static final int MAX_CLOSING_CHARS = 40;

    /** The report's closing line ("以上述职，请予评议。"). */
    public static boolean isClosing(AnalyzedParagraph p) {
        return p.chars() <= MAX_CLOSING_CHARS && TermMatcher.of("closings").any(p);
    }

    /** The paragraphs rules read: the report's, without web-page debris (indexes stay those of the report). */
    public List<AnalyzedParagraph> paragraphs() {
        List<AnalyzedParagraph> all = report.paragraphs();
        for (AnalyzedParagraph p : all) {
            if (p.isDebris()) return all.stream().filter(q -> !q.isDebris()).toList();
        }
        return all;
    }

    /** Content paragraphs the classifier gave this label. */
    public List<AnalyzedParagraph> content(Part label) {
        return paragraphs().stream().filter(p -> part(p) == label && isContent(p)).toList();
    }

    /** A paragraph that says something: not a bare heading, not a short lead-in, not the closing line. */
    public boolean isContent(AnalyzedParagraph p) {
        return !p.isDebris() && Signals.contentChars(p) >= MIN_CONTENT_CHARS && !isClosing(p);
    }

    /**
     * The other cells of a table cell's row, in order (empty for a paragraph outside a table): a
     * rectification table's row is one plan, its problem, measure, owner and deadline each in a cell.
     */
    public List<AnalyzedParagraph> row(AnalyzedParagraph p) {
        TablePosition at = p.paragraph().table();
        if (at == null) return List.of();
        return paragraphs().stream().filter(q -> q != p && at.sameRow(q.paragraph().table())).toList();
    }

    /** Within the problems part: by its heading, by its label, or praising between two problem paragraphs. */
    public boolean inProblems(AnalyzedParagraph p) {
        if (p.section() == Part.PROBLEM || part(p) == Part.PROBLEM) return true;
        return neighbour(p, -1) == Part.PROBLEM && neighbour(p, 1) == Part.PROBLEM;
    }

    private Part neighbour(AnalyzedParagraph p, int step) {
        List<AnalyzedParagraph> all = report.paragraphs();
        for (int i = p.index() + step; i >= 0 && i < all.size(); i += step) {
            AnalyzedParagraph q = all.get(i);
            if (isContent(q)) return part(q);
        }
        return null;
    }
}
