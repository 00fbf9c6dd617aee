package org.shuzhi.archive;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.shuzhi.document.Part;

/** A paragraph as the archive holds it: its index in its report, text, classifier label and section. */
@JsonPropertyOrder({"index", "label", "section", "text"})
public record ArchivedParagraph(int index, Part label, Part section, String text) {}
