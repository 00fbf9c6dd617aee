package org.shuzhi.document;

/**
 * One non-empty paragraph of a report as the user wrote it: a non-blank line of a text file, a Word
 * paragraph or a table cell. {@code text} is the original; analysis works on a normalised copy of the
 * same length, so offsets always refer to this text.
 */
public record Paragraph(int index, String text, boolean inTable) {
    public Paragraph {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty paragraph");
    }
}
