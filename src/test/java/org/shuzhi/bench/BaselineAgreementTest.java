package org.shuzhi.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveEntry;
import org.shuzhi.classify.Labeled;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;
import org.shuzhi.review.Reviewer;
import org.shuzhi.review.Reviewers;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.Profiles;
import org.shuzhi.rules.RuleContext;

/** On a tiny archive the indexed checks make every repeat and copy finding the brute-force scan makes. */
class BaselineAgreementTest {
    @TempDir
    Path dir;

    /** The baseline reaches the archive's package-private measures; when the archive changes them, say so. */
    @org.junit.jupiter.api.BeforeEach
    void archiveMeasuresReachable() {
        assumeTrue(ArchiveSimilarity.unavailable().isEmpty(),
                () -> "baseline not in line with the archive's measures: " + ArchiveSimilarity.unavailable().orElse(""));
    }

    @Test
    void indexedChecksFindWhatTheBaselineFinds() {
        ScaleCorpus scale = ScaleCorpus.standard(Corpus.at(Path.of("corpus")));
        Reviewer labeler = Reviewers.withoutArchive();
        BruteForceBaseline baseline = new BruteForceBaseline();
        int expected = 0;
        try (Archive archive = Archive.open(dir)) {
            List<ArchiveEntry> entries = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) {
                GeneratedReport g = scale.archived(i);
                AnalyzedReport a = ReportAnalyzer.analyze(g.report(), g.meta());
                entries.add(new ArchiveEntry(a, labeler.label(a)));
            }
            archive.addAll(entries);
            entries.forEach(e -> baseline.add(e.report(), e.labels()));
            for (int unit = 0; unit < 4; unit++) {
                GeneratedReport g = scale.forReview(unit, 0, 2000);
                AnalyzedReport a = ReportAnalyzer.analyze(g.report(), g.meta());
                List<Labeled> labels = labeler.label(a);
                Set<String> want = baseline.findings(a, labels);
                Set<String> got = new HashSet<>();
                for (Finding f : archive.checks().check(new RuleContext(a, labels, Profiles.resolve(null)))) {
                    if (f.paragraph() != null) got.add(f.rule() + "@" + f.paragraph());
                }
                for (String w : want) assertTrue(got.contains(w), "indexed path misses " + w + " of unit " + unit + "; it found " + got);
                expected += want.size();
            }
        }
        // the generated units repeat their problems year after year, so there is something to find
        assertFalse(expected == 0, "the baseline found nothing to compare");
    }

    @Test
    void baselineFindsNothingInAnArchiveOfOtherText() {
        ScaleCorpus scale = ScaleCorpus.standard(Corpus.at(Path.of("corpus")));
        Reviewer labeler = Reviewers.withoutArchive();
        BruteForceBaseline empty = new BruteForceBaseline();
        GeneratedReport g = scale.forReview(0, 0, 2000);
        AnalyzedReport a = ReportAnalyzer.analyze(g.report(), g.meta());
        assertTrue(empty.findings(a, labeler.label(a)).isEmpty());
        assertFalse(BruteForceBaseline.problemParagraphs(a, labeler.label(a)).isEmpty(), "the report has problem paragraphs");
    }
}
