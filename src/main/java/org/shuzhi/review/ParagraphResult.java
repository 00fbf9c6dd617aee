package org.shuzhi.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.shuzhi.document.Part;
import org.shuzhi.document.TablePosition;

/**
 * A paragraph as the JSON contract shows it, with two additions. {@code debris}: the paragraph is web-page
 * debris (上一篇, 仅展示前3000字 …), kept so that indexes stay those of the text as submitted, but left out of
 * length, shares and findings. {@code table}: where a cell of a Word table stands, left out for every other
 * paragraph (a cell stays one paragraph).
 */
@JsonPropertyOrder({"index", "text", "section", "label", "confidence", "debris", "table"})
public record ParagraphResult(int index, String text, Part section, Part label, double confidence, boolean debris,
                              @JsonInclude(JsonInclude.Include.NON_NULL) TableCell table) {
    /** A paragraph of the report's own text, outside any table. */
    public ParagraphResult(int index, String text, Part section, Part label, double confidence) {
        this(index, text, section, label, confidence, false, null);
    }

    /**
     * A table cell's place: the table's number in the document (from 0), its row and column (from 0), and
     * its column's header text when the first row is a header row (else null).
     */
    @JsonPropertyOrder({"number", "row", "column", "header"})
    public record TableCell(int number, int row, int column, String header) {
        static TableCell of(TablePosition at) {
            return at == null ? null : new TableCell(at.table(), at.row(), at.column(), at.header());
        }
    }
}
