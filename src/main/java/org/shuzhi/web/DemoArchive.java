package org.shuzhi.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.shuzhi.archive.ArchiveEngine;
import org.shuzhi.archive.ArchiveEntry;
import org.shuzhi.archive.ArchivedParagraph;
import org.shuzhi.archive.ArchivedReport;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.corpus.CorpusEntry;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;
import org.shuzhi.review.Reviewer;

/**
 * The demo archive of {@code serve --demo}: the corpus bundled in the jar (invented reports), seeded into an
 * archive of its own so that a newcomer's first search and first unit history show results, while a
 * department's real archive never gets them. The manifest's unit, year and role are taken as given. A demo
 * archive's directory holds {@link #MARKER}; the demo reports an archive filled by an older version holds
 * are removed in one step by {@link #removeFrom} ({@code remove --demo}).
 */
public final class DemoArchive {
    /** The file that marks a directory as a demo archive (and tells a person looking at it why). */
    public static final String MARKER = "DEMO-ARCHIVE.txt";

    private DemoArchive() {}

    /** Whether {@code directory} is a demo archive (holds {@link #MARKER}). */
    public static boolean isDemo(Path directory) {
        return Files.isRegularFile(directory.resolve(MARKER));
    }

    /** Marks {@code directory} as a demo archive. */
    public static void mark(Path directory) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(MARKER), "这是 shuzhi 的演示档案库（serve --demo），其中的报告均为虚构示例。\n"
                    + "正式档案库另在别处；不再需要演示时，删除本目录即可。\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes from {@code archive} every bundled demo report it holds: same unit and year and the same
     * paragraphs word for word (a real report filed under a demo unit's name stays). Returns those removed.
     */
    public static List<ArchivedReport> removeFrom(ArchiveEngine archive, Corpus corpus) {
        List<ArchivedReport> removed = new ArrayList<>();
        for (CorpusEntry e : corpus.entries()) {
            if (e.unit() == null || e.year() == null) continue;
            ArchivedReport held = archive.report(e.unit(), e.year()).orElse(null);
            if (held == null) continue;
            AnalyzedReport demo = ReportAnalyzer.analyze(corpus.report(e.id()), new ReportMeta(e.unit(), e.year(), e.role()));
            List<String> demoTexts = demo.paragraphs().stream().map(p -> p.text()).toList();
            List<String> heldTexts = held.paragraphs().stream().map(ArchivedParagraph::text).toList();
            if (!demoTexts.equals(heldTexts)) continue;
            archive.delete(e.unit(), e.year());
            removed.add(held);
        }
        return removed;
    }

    /** Indexes the bundled corpus if the archive is empty (one commit); returns the number of reports added. */
    public static int seedIfEmpty(ArchiveEngine archive, Reviewer reviewer) {
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

    static int seed(ArchiveEngine archive, Reviewer reviewer, Corpus corpus) {
        List<ArchiveEntry> entries = new ArrayList<>();
        for (CorpusEntry e : corpus.entries()) {
            AnalyzedReport analyzed = ReportAnalyzer.analyze(corpus.report(e.id()), new ReportMeta(e.unit(), e.year(), e.role()));
            entries.add(new ArchiveEntry(analyzed, reviewer.label(analyzed)));
        }
        if (entries.isEmpty()) return 0;
        return archive.addAll(entries).size();
    }
}
