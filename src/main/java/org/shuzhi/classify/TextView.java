package org.shuzhi.classify;

import org.shuzhi.nlp.AnalyzedParagraph;

/**
 * Which text of a paragraph the classifier reads. {@link #CONTENT} drops the numbering and the heading or
 * lead phrase, so that evaluation can show the label comes from what the paragraph says and not from its
 * heading; a line that is only a heading is empty in that view and is left out of it.
 */
public enum TextView {
    FULL, CONTENT;

    /** The view's text (normalised), empty for a pure heading line in the content view. */
    public String text(AnalyzedParagraph p) {
        return this == FULL ? p.normalized() : p.content().strip();
    }

    /** Offset in the normalised text where this view starts: tokens before it are not read. */
    public int start(AnalyzedParagraph p) {
        if (this == FULL || p.heading() == null) return 0;
        return Math.min(p.heading().contentStart(), p.normalized().length());
    }

    public String id() {
        return this == FULL ? "with_headings" : "headings_removed";
    }
}
