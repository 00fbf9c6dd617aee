package org.shuzhi.review;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.shuzhi.document.Part;

/**
 * One paragraph of the review. {@code debris}: the paragraph is web-page debris (上一篇, 仅展示前3000字 …),
 * kept so that indexes stay those of the text as submitted, but left out of length, shares and findings.
 */
@JsonPropertyOrder({"index", "text", "section", "label", "confidence", "debris"})
public record ParagraphResult(int index, String text, Part section, Part label, double confidence, boolean debris) {
    /** A paragraph of the report's own text. */
    public ParagraphResult(int index, String text, Part section, Part label, double confidence) {
        this(index, text, section, label, confidence, false);
    }
}
