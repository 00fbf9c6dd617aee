package org.shuzhi.document;

/**
 * One non-empty paragraph of a report as the user wrote it: a non-blank line of a text file, a Word
 * paragraph or a table cell. {@code text} is the original (with compatibility characters replaced on
 * reading, see {@link CompatibilityCharacters}, each by one of the same length); analysis works on a
 * normalised copy of the same length, so offsets always refer to this text.
 *
 * <p>{@code table} is where a cell of a Word table stands, null for other paragraphs (and for the cells of
 * .doc files, read without their table's structure).
 *
 * <p>{@code start} is where {@code text} begins, in UTF-16 units, in the one plain text the report was built
 * from ({@link Report#fromText}: a pasted draft, a text file as decoded, a paragraph a word processor sent):
 * a span of this paragraph is then {@code start + span} in that text, as LanguageTool's
 * {@code AnnotatedText} maps positions back to the original. It is {@link #UNKNOWN_START} for the
 * paragraphs and cells of Word files, whose text is no one string.
 */
public record Paragraph(int index, String text, boolean inTable, TablePosition table, int start) {
    public static final int UNKNOWN_START = -1;

    public Paragraph {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty paragraph");
        if (table != null && !inTable) throw new IllegalArgumentException("table position outside a table");
        if (start < UNKNOWN_START) throw new IllegalArgumentException("start " + start);
    }

    /** A paragraph whose place in a source text is not known (Word, PDF). */
    public Paragraph(int index, String text, boolean inTable) {
        this(index, text, inTable, null, UNKNOWN_START);
    }

    /** A cell of a Word table. */
    public Paragraph(int index, String text, boolean inTable, TablePosition table) {
        this(index, text, inTable, table, UNKNOWN_START);
    }

    /** A paragraph of a plain text, starting at {@code start} in it. */
    public Paragraph(int index, String text, boolean inTable, int start) {
        this(index, text, inTable, null, start);
    }

    /** The same paragraph with another text of the same length (same place in the document and the source). */
    public Paragraph withText(String text) {
        return new Paragraph(index, text, inTable, table, start);
    }

    /**
     * A stretch of this paragraph's text beginning at {@code offset}, as paragraph {@code index}: it keeps
     * the table position and its own place in the source text, so spans in it still map back.
     */
    public Paragraph piece(int index, String text, int offset) {
        return new Paragraph(index, text, inTable, table, startOf(offset));
    }

    public boolean hasStart() {
        return start != UNKNOWN_START;
    }

    /** Where {@code text.substring(offset)} begins in the source text, or {@link #UNKNOWN_START}. */
    public int startOf(int offset) {
        return hasStart() ? start + offset : UNKNOWN_START;
    }
}
