package org.shuzhi.archive;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.shuzhi.document.Part;

/**
 * One report in the archive, identified by its unit key and year (indexing the same pair again replaces
 * it). {@code unit} is the name as the report (or the user) gave it; {@code unitKey} the canonical one.
 */
@JsonPropertyOrder({"unitKey", "unit", "year", "role", "file", "chars", "paragraphs"})
public record ArchivedReport(String unitKey, String unit, int year, String role, String file, int chars,
                             List<ArchivedParagraph> paragraphs) {
    public ArchivedReport {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The identifier of a report in the index: unit key and year. */
    public String id() {
        return reportId(unitKey, year);
    }

    public static String reportId(String unitKey, int year) {
        return unitKey + "#" + year;
    }

    /**
     * The file's name as users know it: the path the indexer was given ("corpus/reports/x.txt",
     * "D:\\述职\\x.docx") is the indexing machine's business, not the reader's. Null when there is none.
     */
    public static String fileName(String path) {
        if (path == null) return null;
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? null : name;
    }

    public List<ArchivedParagraph> labelled(Part label) {
        return paragraphs.stream().filter(p -> p.label() == label).toList();
    }
}
