package org.shuzhi.nlp;

import java.util.List;
import org.shuzhi.document.ReportMeta;

/** A report after segmentation; {@code meta} already has the user's overrides applied. */
public record AnalyzedReport(String file, ReportMeta meta, List<AnalyzedParagraph> paragraphs, int chars) {
    public AnalyzedReport {
        paragraphs = List.copyOf(paragraphs);
    }
}
