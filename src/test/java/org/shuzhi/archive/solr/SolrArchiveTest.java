package org.shuzhi.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveEntry;
import org.shuzhi.archive.SearchHit;
import org.shuzhi.archive.SearchQuery;
import org.shuzhi.archive.SearchResult;
import org.shuzhi.bench.LocalSolrCluster;
import org.shuzhi.classify.SectionClassifier;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.corpus.CorpusEntry;
import org.shuzhi.document.Part;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;

/**
 * The archive on a real SolrCloud: ZooKeeper and two Solr nodes, a collection of 2 shards × 2 replicas made by
 * {@code solr init}'s code from the jar's configset, the corpus indexed into it and into an embedded archive;
 * both must answer the same. Then a node is stopped: no committed report is lost and search still answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrArchiveTest {
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

    static List<ArchiveEntry> corpus() {
        Corpus corpus = Corpus.bundled();
        SectionClassifier labels = new SectionClassifier();
        List<ArchiveEntry> out = new ArrayList<>();
        for (CorpusEntry e : corpus.entries()) {
            AnalyzedReport a = ReportAnalyzer.analyze(corpus.report(e.id()), new ReportMeta(e.unit(), e.year(), e.role()));
            out.add(new ArchiveEntry(a, a.paragraphs().stream().map(labels::classify).toList()));
        }
        return out;
    }

    /** Searches a reviewer makes: words, unknown words, several groups, a pasted sentence, filters. */
    static final List<SearchQuery> SEARCHES = List.of(
            SearchQuery.of("组织生活会"),
            SearchQuery.of("谈心谈话 两张皮"),
            SearchQuery.of("三会一课 落实"),
            SearchQuery.of("发展党员"),
            new SearchQuery("党员教育", 2022, 2023, null, null, 50),
            new SearchQuery("组织生活", null, null, null, Part.PROBLEM, 10),
            new SearchQuery("", 2021, 2021, null, Part.PLAN, 30),
            SearchQuery.of("支部严格落实三会一课制度，组织生活更加严实"),
            SearchQuery.of("主题党日"));

    @Test
    @Order(1)
    void theCollectionHoldsWhatTheEmbeddedArchiveHolds() {
        assertEquals(engines.embedded().size(), engines.solr().size());
        assertEquals(engines.embedded().paragraphs(), engines.solr().paragraphs());
        assertEquals(engines.embedded().units(), engines.solr().units());
        for (var u : engines.embedded().units()) {
            for (int year : u.years()) assertEquals(engines.embedded().report(u.unitKey(), year), engines.solr().report(u.unit(), year));
        }
    }

    @Test
    @Order(2)
    void searchesGiveTheEmbeddedArchivesHitsScoresAndSnippets() {
        for (SearchQuery q : SEARCHES) assertSame(engines.embedded().search(q), engines.solr().search(q), q.toString());
        // a unit's search under another spelling of it
        String unit = engines.embedded().units().get(0).unit();
        SearchQuery byUnit = new SearchQuery("党员", null, null, unit, null, 20);
        assertSame(engines.embedded().search(byUnit), engines.solr().search(byUnit), byUnit.toString());
    }

    /**
     * Same total, and the same hits with the same scores in the same order; hits of equal score (Lucene orders them
     * by index position, which differs between one index and two shards) compared as a set.
     */
    static void assertSame(SearchResult expected, SearchResult actual, String what) {
        assertEquals(expected.total(), actual.total(), what);
        assertEquals(expected.unit(), actual.unit(), what);
        assertEquals(expected.hits().size(), actual.hits().size(), what);
        assertTrue(expected.total() > 0, "a search that finds nothing proves nothing: " + what);
        List<SearchHit> e = expected.hits(), a = actual.hits();
        for (int i = 0; i < e.size(); i++) assertEquals(e.get(i).score(), a.get(i).score(), 1e-4f, what + " #" + i);
        // the last score's ties may be cut at the limit differently: compare only the hits strictly above it
        float last = e.get(e.size() - 1).score();
        boolean cut = expected.total() > e.size();
        assertEquals(rounded(e, last, cut), rounded(a, last, cut), what);
    }

    private static java.util.Set<String> rounded(List<SearchHit> hits, float last, boolean cut) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (SearchHit h : hits) {
            if (cut && Math.abs(h.score() - last) < 1e-4f) continue;
            out.add(String.format("%.4f|%s|%d|%d|%s|%s|%s|%s|%s", h.score(), h.unitKey(), h.year(), h.paragraph(), h.label(),
                    h.section(), h.unit(), h.highlight(), h.file()));
        }
        return out;
    }

    @Test
    @Order(0)
    void solrInitAgainReloadsTheCollectionAndKeepsItsReports() {
        Cli init = Cli.run("solr", "init", "--solr", engines.cluster().zkHost());
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().contains("已存在，已重新加载"), init.out());
        assertEquals(engines.embedded().size(), engines.solr().size());
    }

    @Test
    @Order(3)
    void aLostNodeLosesNoCommittedReportAndSearchStillAnswers() throws Exception {
        int reports = engines.solr().size();
        int paragraphs = engines.solr().paragraphs();
        engines.cluster().stopNode(1);
        assertEquals(reports, engines.solr().size());
        assertEquals(paragraphs, engines.solr().paragraphs());
        for (SearchQuery q : SEARCHES.subList(0, 3)) assertSame(engines.embedded().search(q), engines.solr().search(q), "one node down: " + q);
        // the command line, on the cluster with one node down: a new report is filed and found
        Path report = dir.resolve("城西中学党支部2031.txt");
        java.nio.file.Files.writeString(report, String.join("\n", "2031年度抓基层党建工作述职报告", "城西中学党支部书记 李明",
                "一、履职主要情况", "我带头落实三会一课制度，全年讲专题党课4次，组织主题党日12次，青年教师入党申请人增加到9人。",
                "二、存在的问题", "青年教师理论学习的自觉性还不够强，集中学习时到课率偏低，我督促不够。",
                "三、下一步工作打算", "2032年3月底前由我牵头建立青年教师学习台账，每季度通报一次到课率。"));
        Cli index = Cli.run("index", "--solr", engines.cluster().zkHost(), "--archive", dir.resolve("audit").toString(), "--unit", "城西中学党支部", "--year", "2031", report.toString());
        assertEquals(0, index.code(), index.err());
        assertTrue(index.out().contains("现有 " + (reports + 1) + " 份报告"), index.out());
        Cli units = Cli.run("units", "--solr", engines.cluster().zkHost(), "--format", "json");
        assertTrue(units.out().contains("城西中学党支部"), units.out());
        Cli search = Cli.run("search", "--solr", engines.cluster().zkHost(), "--year", "2031", "到课率");
        assertEquals(0, search.code(), search.err());
        assertTrue(search.out().contains("城西中学党支部 2031年度") && search.out().contains("【到课率】"), search.out());
    }

    /** One command run in-process, as the shell would. */
    record Cli(int code, String out, String err) {
        static Cli run(String... args) {
            java.io.StringWriter out = new java.io.StringWriter(), err = new java.io.StringWriter();
            var cmd = org.shuzhi.cli.Main.commandLine();
            cmd.setOut(new java.io.PrintWriter(out));
            cmd.setErr(new java.io.PrintWriter(err));
            int code = cmd.execute(args);
            return new Cli(code, out.toString(), err.toString());
        }
    }
}
