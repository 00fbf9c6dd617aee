package org.shuzhi.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveChecks;
import org.shuzhi.archive.ArchiveEntry;
import org.shuzhi.archive.ArchiveSchema;
import org.shuzhi.bench.LocalSolrCluster;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.corpus.CorpusEntry;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.review.Review;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewers;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.Profile;
import org.shuzhi.rules.Profiles;
import org.shuzhi.rules.RuleContext;

/**
 * Review's cross-report checks on a real SolrCloud (2 shards × 2 replicas on two nodes) give exactly the embedded
 * archive's findings: the corpus indexed into both, every corpus report reviewed against both, findings compared
 * whole (rule, paragraph, span, message, evidence). The corpus has units over several years, so every check fires.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrChecksTest {
    @TempDir
    static Path dir;

    private static TwoEngines engines;

    @BeforeAll
    static void start() {
        engines = TwoEngines.start(dir);
    }

    @AfterAll
    static void stop() {
        if (engines != null) engines.close();
    }

    @Test
    void theCrossReportChecksFindTheSameOnBothEngines() {
        Profile profile = Profiles.resolve(null);
        var onEmbedded = engines.embedded().checks();
        var onSolr = engines.solr().checks();
        Map<String, Integer> fired = new TreeMap<>();
        long requests = 0;
        for (ArchiveEntry e : engines.entries()) {
            AnalyzedReport r = e.report();
            RuleContext context = new RuleContext(r, e.labels(), profile);
            List<Finding> expected = onEmbedded.check(context);
            long before = engines.solr().requests();
            List<Finding> actual = onSolr.check(context);
            requests += engines.solr().requests() - before;
            assertEquals(expected, actual, r.meta().unit() + " " + r.meta().year());
            for (Finding f : expected) fired.merge(f.rule(), 1, Integer::sum);
        }
        // each check fired, so the equality above is about findings, not about two empty lists
        for (String code : List.of(ArchiveChecks.REPEATED_PROBLEM, ArchiveChecks.COMMITMENT_NOT_ADDRESSED,
                ArchiveChecks.COPIED_FROM_OTHER_REPORT, ArchiveChecks.SELF_COPY)) {
            assertTrue(fired.getOrDefault(code, 0) > 0, code + " never fired: " + fired);
        }
        System.out.printf("cross-report findings on both engines: %s; %.1f requests to the cluster a review%n", fired,
                requests / (double) engines.entries().size());
    }

    /** The whole review (the rules' phrase counts included) through the reviewer the review command builds. */
    @Test
    void reviewsAgainstTheCollectionEqualReviewsAgainstTheEmbeddedArchive() {
        var withEmbedded = Reviewers.withArchive(engines.embedded());
        var withSolr = Reviewers.withArchive(engines.solr());
        Corpus corpus = Corpus.bundled();
        List<CorpusEntry> some = new ArrayList<>(corpus.entries().subList(0, Math.min(12, corpus.entries().size())));
        for (CorpusEntry e : some) {
            ReviewRequest request = new ReviewRequest(null, new ReportMeta(e.unit(), e.year(), e.role()), true);
            Review a = withEmbedded.review(corpus.report(e.id()), request);
            Review b = withSolr.review(corpus.report(e.id()), request);
            assertEquals(a.findings(), b.findings(), e.id());
        }
    }

    /**
     * Pages by score through a run of equal scores (every paragraph scores the same): the same paragraphs on the same
     * pages on both engines, though one index and two shards hold them in different orders.
     */
    @Test
    void pagesThroughEqualScoresAreTheSameOnBothEngines() {
        org.apache.lucene.search.Query tied = new org.apache.lucene.search.BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(
                new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(ArchiveSchema.TYPE, ArchiveSchema.TYPE_PARAGRAPH))), 1f);
        for (int from = 0; from < 35; from += 7) {
            int start = from;
            List<String> expected = engines.embedded().read(s -> keys(s.ranked(tied, start, 7)));
            List<String> actual = engines.solr().read(s -> keys(s.ranked(tied, start, 7)));
            assertEquals(7, expected.size());
            assertEquals(expected, actual, "page from " + from);
        }
    }

    private static List<String> keys(List<org.apache.lucene.document.Document> docs) {
        return docs.stream().map(d -> d.get(ArchiveSchema.REPORT_ID) + "#" + d.getField(ArchiveSchema.PARAGRAPH).numericValue()).toList();
    }

    /** The command: {@code review --solr} prints what {@code review --archive} prints for the same reports (JSON). */
    @Test
    void theReviewCommandComparesWithTheCollection() throws Exception {
        CorpusEntry e = Corpus.bundled().entries().stream().filter(x -> x.year() != null && x.year() >= 2022).findFirst().orElseThrow();
        Path file = dir.resolve(e.id() + ".txt");
        java.nio.file.Files.writeString(file, String.join("\n", Corpus.bundled().report(e.id()).paragraphs().stream()
                .map(org.shuzhi.document.Paragraph::text).toList()));
        String[] common = {"--format", "json", "--unit", e.unit(), "--year", String.valueOf(e.year()), file.toString()};
        SolrArchiveTest.Cli onSolr = SolrArchiveTest.Cli.run(concat(new String[] {"review", "--solr", engines.cluster().zkHost()}, common));
        SolrArchiveTest.Cli onDirectory = SolrArchiveTest.Cli.run(concat(new String[] {"review", "--archive", dir.resolve("embedded").toString()}, common));
        assertEquals(0, onSolr.code(), onSolr.err());
        assertEquals(0, onDirectory.code(), onDirectory.err());
        assertTrue(onSolr.out().contains("\"REPEATED_PROBLEM\"") || onSolr.out().contains("\"COMMITMENT_NOT_ADDRESSED\""), onSolr.out());
        assertEquals(onDirectory.out(), onSolr.out());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
