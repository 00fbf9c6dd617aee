package org.shuzhi.corpus;

import org.shuzhi.document.Part;

/**
 * One row of a corpus's {@code labels/ID.tsv}: {@code index, kind, first characters} and, in newer held-out
 * sets, {@code section}. The first characters align the row with the paragraphs the product reads (see
 * {@link Alignment}), which need not be the file's lines one for one.
 *
 * @param label   what the paragraph says; web-page debris (kind {@code debris}) counts as {@code other}
 * @param debris  the row's kind is {@code debris}: text of a web page around the report, not the report's
 * @param prefix  the paragraph's first characters as annotated ("" when the column is absent)
 * @param section the part the paragraph sits in by the headings, or null when not annotated
 */
public record GoldParagraph(int index, Part label, boolean debris, String prefix, Part section) {
    public static final String DEBRIS = "debris";
}
