package org.shuzhi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveEntry;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;
import org.shuzhi.review.Reviewer;
import org.shuzhi.review.Reviewers;
import org.shuzhi.rules.Profiles;
import org.shuzhi.rules.RuleContext;

/** On a tiny archive the indexed checks make every repeat and copy finding the brute-force scan makes. */
class BaselineAgreementTest {
    @TempDir
    Path dir;

    @Test
    void indexedChecksFindWhatTheBaselineFinds() {
        ScaleCorpus scale = ScaleCorpus.standard(Corpus.at(Path.of("corpus")));
        Reviewer labeler = Reviewers.withoutArchive();
        int expected = 0;
        Set<String> rules = new HashSet<>();
        try (Archive archive = Archive.open(dir)) {
            List<ArchiveEntry> entries = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) {
                GeneratedReport g = scale.archived(i);
                AnalyzedReport a = ReportAnalyzer.analyze(g.report(), g.meta());
                entries.add(new ArchiveEntry(a, labeler.label(a)));
            }
            archive.addAll(entries);
            BruteForceBaseline baseline = new BruteForceBaseline(archive);
            for (int unit = 0; unit < 6; unit++) {
                GeneratedReport g = scale.forReview(unit, 0, 2000);
                AnalyzedReport a = ReportAnalyzer.analyze(g.report(), g.meta());
                RuleContext context = new RuleContext(a, labeler.label(a), Profiles.resolve(null));
                Set<String> want = baseline.findings(context);
                Set<String> got = BruteForceBaseline.keyed(archive.checks().check(context));
                for (String w : want) assertTrue(got.contains(w), "indexed path misses " + w + " of unit " + unit + "; it found " + got);
                expected += want.size();
                want.forEach(w -> rules.add(w.substring(0, w.indexOf('@'))));
            }
        }
        // the generated units repeat their problems year after year and share paragraphs, so both checks have work
        assertTrue(expected > 0, "the baseline found nothing to compare");
        assertEquals(BruteForceBaseline.RULES, rules, "the baseline made findings of both kinds");
    }
}
