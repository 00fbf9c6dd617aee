package org.shuzhi.document;

/**
 * One non-empty paragraph of a report as the user wrote it: a non-blank line of a text file, a Word
 * paragraph or a table cell. {@code text} is the original; analysis works on a normalised copy of the
 * same length, so offsets always refer to this text.
 *
 * <p>{@code start} is where {@code text} begins, in UTF-16 units, in the one plain text the report was built
 * from ({@link Report#fromText}: a pasted draft, a text file as decoded, a paragraph a word processor sent):
 * a span of this paragraph is then {@code start + span} in that text, as LanguageTool's
 * {@code AnnotatedText} maps positions back to the original. It is {@link #UNKNOWN_START} for the
 * paragraphs and cells of Word files, whose text is no one string.
 */
public record Paragraph(int index, String text, boolean inTable, int start) {
    public static final int UNKNOWN_START = -1;

    public Paragraph {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty paragraph");
        if (start < UNKNOWN_START) throw new IllegalArgumentException("start " + start);
    }

    /** A paragraph whose place in a source text is not known (Word, PDF). */
    public Paragraph(int index, String text, boolean inTable) {
        this(index, text, inTable, UNKNOWN_START);
    }

    public boolean hasStart() {
        return start != UNKNOWN_START;
    }

    /** Where {@code text.substring(offset)} begins in the source text, or {@link #UNKNOWN_START}. */
    public int startOf(int offset) {
        return hasStart() ? start + offset : UNKNOWN_START;
    }
}
