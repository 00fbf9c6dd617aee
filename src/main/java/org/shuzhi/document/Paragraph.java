package org.shuzhi.document;

/**
 * One non-empty paragraph of a report as the user wrote it: a non-blank line of a text file, a Word
 * paragraph or a table cell. {@code text} is the original (with compatibility characters replaced on
 * reading, see {@link CompatibilityCharacters}); analysis works on a normalised copy of the same length,
 * so offsets always refer to this text. {@code table} is where a cell of a Word table stands, null for
 * other paragraphs (and for the cells of .doc files, read without their table's structure).
 */
public record Paragraph(int index, String text, boolean inTable, TablePosition table) {
    public Paragraph {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty paragraph");
        if (table != null && !inTable) throw new IllegalArgumentException("table position outside a table");
    }

    public Paragraph(int index, String text, boolean inTable) {
        this(index, text, inTable, null);
    }

    /** The same paragraph with another text (same place in the document). */
    public Paragraph withText(String text) {
        return new Paragraph(index, text, inTable, table);
    }

    /** The same paragraph at another index. */
    public Paragraph withIndex(int index) {
        return new Paragraph(index, text, inTable, table);
    }
}
