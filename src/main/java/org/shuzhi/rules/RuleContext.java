package org.shuzhi.rules;

import java.util.List;
import org.shuzhi.classify.Labeled;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;

/** What a check reads: the analysed report, each paragraph's label (same order), and the profile. */
public record RuleContext(AnalyzedReport report, List<Labeled> labels, Profile profile) {
    /** Paragraphs shorter than this (after any heading) are headings, bylines or lead-ins, not content. */
    private static final int MIN_CONTENT_CHARS = 12;

    public RuleContext {
        labels = List.copyOf(labels);
    }

    public Labeled label(AnalyzedParagraph p) {
        return labels.get(p.index());
    }

    public Part part(AnalyzedParagraph p) {
        return label(p).label();
    }

    public List<AnalyzedParagraph> paragraphs() {
        return report.paragraphs();
    }

    /** Content paragraphs the classifier gave this label. */
    public List<AnalyzedParagraph> content(Part label) {
        return paragraphs().stream().filter(p -> part(p) == label && isContent(p)).toList();
    }

    /** A paragraph that says something: not a bare heading, not a short lead-in. */
    public boolean isContent(AnalyzedParagraph p) {
        return Signals.contentChars(p) >= MIN_CONTENT_CHARS;
    }

    /** Within the problems part: by its heading, by its label, or praising between two problem paragraphs. */
    public boolean inProblems(AnalyzedParagraph p) {
        if (p.section() == Part.PROBLEM || part(p) == Part.PROBLEM) return true;
        return neighbour(p, -1) == Part.PROBLEM && neighbour(p, 1) == Part.PROBLEM;
    }

    private Part neighbour(AnalyzedParagraph p, int step) {
        for (int i = p.index() + step; i >= 0 && i < paragraphs().size(); i += step) {
            AnalyzedParagraph q = paragraphs().get(i);
            if (isContent(q)) return part(q);
        }
        return null;
    }
}
