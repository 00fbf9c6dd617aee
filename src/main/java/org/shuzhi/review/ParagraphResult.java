package org.shuzhi.review;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.shuzhi.document.Part;

@JsonPropertyOrder({"index", "text", "section", "label", "confidence"})
public record ParagraphResult(int index, String text, Part section, Part label, double confidence) {}
