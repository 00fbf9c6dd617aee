package org.shuzhi.document;

import java.util.List;

/** A report as read from a file: its name as given, its paragraphs in document order. */
public record Report(String file, List<Paragraph> paragraphs) {
    public Report {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Builds a report from plain text, one paragraph per non-blank line. */
    public static Report fromText(String file, String text) {
        return new Report(file, ParagraphSplitter.lines(text));
    }
}
