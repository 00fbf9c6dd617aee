package org.shuzhi.document;

import java.util.List;

/**
 * A report as read from a file: its name as given, its paragraphs in document order. Every way in passes
 * here, so this is where compatibility characters (⼀⼆⼗⼤ from PDFs) become the ideographs they stand for,
 * once, for the review and the archive alike ({@link CompatibilityCharacters}). A paragraph longer
 * than {@link #MAX_PARAGRAPH_CHARS} is cut into consecutive pieces (see {@link TextPieces}), so that
 * no step of the review works on more than that at once.
 */
public record Report(String file, List<Paragraph> paragraphs) {
    public static final int MAX_PARAGRAPH_CHARS = TextPieces.MAX_PARAGRAPH_CHARS;

    public Report {
        paragraphs = List.copyOf(TextPieces.bounded(CompatibilityCharacters.normalize(paragraphs)));
    }

    /** Builds a report from plain text, one paragraph per non-blank line. */
    public static Report fromText(String file, String text) {
        return new Report(file, ParagraphSplitter.lines(text));
    }
}
