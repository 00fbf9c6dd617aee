package org.shuzhi.archive;

import java.util.List;
import org.shuzhi.classify.Labeled;
import org.shuzhi.nlp.AnalyzedReport;

/** A report to archive: analysed (its meta already carries the user's overrides), with one label per paragraph. */
public record ArchiveEntry(AnalyzedReport report, List<Labeled> labels) {
    public ArchiveEntry {
        labels = List.copyOf(labels);
        if (labels.size() != report.paragraphs().size()) {
            throw new IllegalArgumentException("one label per paragraph expected: " + report.file());
        }
    }
}
