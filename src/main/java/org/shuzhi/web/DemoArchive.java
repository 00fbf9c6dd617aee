package org.shuzhi.web;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveEntry;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.corpus.CorpusEntry;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;
import org.shuzhi.review.Reviewer;

/**
 * Seeds an empty archive with the demo corpus bundled in the jar, so that a newcomer's first search and
 * first unit history show real results. The manifest's unit, year and role are taken as given.
 */
public final class DemoArchive {
    private DemoArchive() {}

    /** Indexes the bundled corpus if the archive is empty (one commit); returns the number of reports added. */
    public static int seedIfEmpty(Archive archive, Reviewer reviewer) {
        if (archive.size() > 0) return 0;
        Corpus corpus = bundled();
        return corpus == null ? 0 : seed(archive, reviewer, corpus);
    }

    /** The corpus bundled in the jar, or null in a build without it (nothing to seed with). */
    public static Corpus bundled() {
        try {
            return Corpus.bundled();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static int seed(Archive archive, Reviewer reviewer, Corpus corpus) {
        List<ArchiveEntry> entries = new ArrayList<>();
        for (CorpusEntry e : corpus.entries()) {
            AnalyzedReport analyzed = ReportAnalyzer.analyze(corpus.report(e.id()), new ReportMeta(e.unit(), e.year(), e.role()));
            entries.add(new ArchiveEntry(analyzed, reviewer.label(analyzed)));
        }
        if (entries.isEmpty()) return 0;
        return archive.addAll(entries).size();
    }
}
