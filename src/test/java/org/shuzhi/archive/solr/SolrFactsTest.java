package org.shuzhi.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.shuzhi.archive.ArchiveEngine;
import org.shuzhi.archive.ArchiveEntry;
import org.shuzhi.archive.UnitSummary;
import org.shuzhi.archive.history.UnitHistories;
import org.shuzhi.archive.history.UnitHistory;
import org.shuzhi.archive.overview.Overview;
import org.shuzhi.archive.overview.OverviewQuery;
import org.shuzhi.archive.overview.Overviews;
import org.shuzhi.archive.overview.ThemeCount;
import org.shuzhi.bench.LocalSolrCluster;
import org.shuzhi.classify.SectionClassifier;
import org.shuzhi.document.Paragraph;
import org.shuzhi.document.Report;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;

/**
 * Unit history and the overview on a real SolrCloud (ZooKeeper, two nodes, 2 shards × 2 replicas, as {@link
 * SolrArchiveTest}): the corpus indexed in the same batches into the collection and into an embedded archive; the
 * units' facts, computed by the client and sent beside the reports, must give exactly the embedded archive's
 * histories, overviews and problem lists, and follow a replaced and a deleted report on both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrFactsTest {
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
    @Order(1)
    void everyUnitsHistoryIsTheEmbeddedArchives() {
        int repeated = 0, commitments = 0, notAnswered = 0;
        for (UnitSummary u : engines.embedded().units()) {
            UnitHistory expected = UnitHistories.of(engines.embedded(), u.unit());
            assertEquals(expected, UnitHistories.of(engines.solr(), u.unit()), u.unit());
            for (UnitHistory.Year y : expected.years()) {
                repeated += (int) y.problems().stream().filter(UnitHistory.Problem::repeated).count();
                commitments += y.commitments().size();
                notAnswered += (int) y.commitments().stream().filter(c -> c.status() == org.shuzhi.archive.history.CommitmentFact.Status.notAnswered).count();
            }
        }
        // equal because there is something to be equal: problems raised again, commitments judged both ways
        assertTrue(repeated >= 3, "repeated problems: " + repeated);
        assertTrue(commitments >= 5, "commitments: " + commitments);
        assertTrue(notAnswered >= 1 && notAnswered < commitments, "not answered: " + notAnswered + " of " + commitments);
        // a name the archive does not hold: no years on either
        assertEquals(UnitHistories.of(engines.embedded(), "不存在的单位党支部"), UnitHistories.of(engines.solr(), "不存在的单位党支部"));
    }

    @Test
    @Order(2)
    void theOverviewIsTheEmbeddedArchives() {
        Overview all = Overviews.of(engines.embedded(), OverviewQuery.all());
        assertFalse(all.recurring().isEmpty(), "recurring problems");
        assertFalse(all.commitments().isEmpty(), "commitments");
        assertTrue(all.themes().stream().anyMatch(t -> t.count() > 0), "themes counted");
        assertTrue(all.coverage().unthemed() > 0, "problems without a theme");
        List<OverviewQuery> queries = new ArrayList<>(List.of(OverviewQuery.all(),
                // rows cut where ties are: the same rows on both
                new OverviewQuery(null, null, null, 3),
                new OverviewQuery(all.years().get(1), all.years().get(all.years().size() - 2), null, OverviewQuery.DEFAULT_LIMIT),
                new OverviewQuery(all.years().get(1), null, null, 2)));
        for (Overview.Recurring r : all.recurring().subList(0, Math.min(3, all.recurring().size()))) {
            queries.add(new OverviewQuery(null, null, r.unit(), OverviewQuery.DEFAULT_LIMIT));
            queries.add(new OverviewQuery(r.year(), r.year(), r.unitKey(), OverviewQuery.DEFAULT_LIMIT));
        }
        queries.add(new OverviewQuery(null, null, "不存在的单位党支部", 10));
        for (OverviewQuery q : queries) assertEquals(Overviews.of(engines.embedded(), q), Overviews.of(engines.solr(), q), q.toString());
    }

    @Test
    @Order(3)
    void theProblemsBehindEachFigureAreTheEmbeddedArchives() {
        Overview all = Overviews.of(engines.embedded(), OverviewQuery.all());
        int compared = 0;
        for (ThemeCount t : all.themes()) {
            if (t.count() == 0) continue;
            for (int limit : new int[] {OverviewQuery.DEFAULT_LIMIT, 2}) {
                OverviewQuery q = new OverviewQuery(null, null, null, limit);
                var expected = Overviews.problems(engines.embedded(), q, t.name());
                assertEquals(t.count(), expected.total(), t.name());
                assertEquals(expected, Overviews.problems(engines.solr(), q, t.name()), t.name() + " " + limit);
                compared++;
            }
        }
        assertTrue(compared >= 4, "themes compared: " + compared);
        int year = all.years().get(all.years().size() - 1);
        for (String theme : new String[] {Overviews.NO_THEME, null}) {
            for (OverviewQuery q : List.of(OverviewQuery.all(), new OverviewQuery(year - 1, year, null, 5))) {
                var expected = Overviews.problems(engines.embedded(), q, theme);
                assertTrue(expected.total() > 0, q + " " + theme);
                assertEquals(expected, Overviews.problems(engines.solr(), q, theme), q + " theme " + theme);
            }
        }
    }

    @Test
    @Order(4)
    void theCommandLineShowsTheSameOnTheCluster() {
        String unit = Overviews.of(engines.embedded(), OverviewQuery.all()).recurring().get(0).unit();
        String local = dir.resolve("embedded").toString();
        SolrArchiveTest.Cli history = SolrArchiveTest.Cli.run("history", "--solr", engines.cluster().zkHost(), "--no-review", unit);
        assertEquals(0, history.code(), history.err());
        assertEquals(SolrArchiveTest.Cli.run("history", "--archive", local, "--no-review", unit).out(), history.out());
        assertTrue(history.out().contains("次提出"), history.out());
        // each year reviewed again, the cross-report checks against the collection: the same as against the embedded archive
        SolrArchiveTest.Cli reviewed = SolrArchiveTest.Cli.run("history", "--solr", engines.cluster().zkHost(), "--format", "json", unit);
        assertEquals(0, reviewed.code(), reviewed.err());
        assertTrue(reviewed.out().contains("\"outcome\""), reviewed.out());
        assertEquals(SolrArchiveTest.Cli.run("history", "--archive", local, "--format", "json", unit).out(), reviewed.out());
        SolrArchiveTest.Cli overview = SolrArchiveTest.Cli.run("overview", "--solr", engines.cluster().zkHost(), "--format", "json");
        assertEquals(0, overview.code(), overview.err());
        assertEquals(SolrArchiveTest.Cli.run("overview", "--archive", local, "--format", "json").out(), overview.out());
        SolrArchiveTest.Cli none = SolrArchiveTest.Cli.run("history", "--solr", engines.cluster().zkHost(), "--no-review", "不存在的单位党支部");
        assertEquals(1, none.code());
    }

    @Test
    @Order(5)
    void aReplacedAndADeletedReportTakeTheirUnitsFactsAlong() {
        // a unit's problem raised again: the report that raised it last replaced by one without that paragraph
        Overview before = Overviews.of(engines.embedded(), OverviewQuery.all());
        Overview.Recurring r = before.recurring().get(0);
        ArchiveEntry latest = engines.entries().stream().filter(e -> r.unitKey().equals(engines.embedded().unitKey(e.report().meta().unit()))
                && e.report().meta().year() == r.year()).reduce((a, b) -> b).orElseThrow();
        UnitHistory was = UnitHistories.of(engines.embedded(), r.unitKey());
        ArchiveEntry replaced = without(latest, r.paragraph());
        engines.embedded().addAll(List.of(replaced));
        engines.solr().addAll(List.of(replaced));
        for (ArchiveEngine a : List.of(engines.embedded(), engines.solr())) {
            UnitHistory h = UnitHistories.of(a, r.unitKey());
            assertNotEquals(was, h, a.where());
            UnitHistory.Year year = h.years().stream().filter(y -> y.year() == r.year()).findFirst().orElseThrow();
            assertTrue(year.problems().stream().noneMatch(p -> p.text().equals(r.problem())), a.where() + ": " + year.problems());
            assertFalse(Overviews.of(a, OverviewQuery.all()).recurring().contains(r), a.where());
        }
        // another unit's earliest report of several deleted: its year leaves the history, the commitments it made go too
        UnitSummary several = engines.embedded().units().stream().filter(u -> u.years().size() >= 2 && !u.unitKey().equals(r.unitKey()))
                .filter(u -> !UnitHistories.of(engines.embedded(), u.unitKey()).years().get(1).commitments().isEmpty()).findFirst().orElseThrow();
        int first = several.years().get(0);
        assertTrue(engines.embedded().delete(several.unitKey(), first));
        assertTrue(engines.solr().delete(several.unitKey(), first));
        for (ArchiveEngine a : List.of(engines.embedded(), engines.solr())) {
            UnitHistory h = UnitHistories.of(a, several.unitKey());
            assertTrue(h.years().stream().noneMatch(y -> y.year() == first), a.where());
            assertTrue(h.years().get(0).commitments().isEmpty(), a.where() + ": nothing before it to answer");
        }
        // and the engines still agree on everything
        Overview after = Overviews.of(engines.embedded(), OverviewQuery.all());
        assertNotEquals(before, after);
        assertEquals(after, Overviews.of(engines.solr(), OverviewQuery.all()));
        for (UnitSummary u : engines.embedded().units()) assertEquals(UnitHistories.of(engines.embedded(), u.unit()), UnitHistories.of(engines.solr(), u.unit()), u.unit());
    }

    /** The same report without one paragraph, analysed and labelled again as indexing does. */
    private static ArchiveEntry without(ArchiveEntry e, int paragraph) {
        AnalyzedReport r = e.report();
        List<Paragraph> kept = new ArrayList<>();
        for (var p : r.paragraphs()) {
            if (p.index() != paragraph) kept.add(new Paragraph(kept.size(), p.text(), false, null, 0));
        }
        AnalyzedReport a = ReportAnalyzer.analyze(new Report(r.file(), kept), r.meta());
        SectionClassifier labels = new SectionClassifier();
        return new ArchiveEntry(a, a.paragraphs().stream().map(labels::classify).toList());
    }
}
