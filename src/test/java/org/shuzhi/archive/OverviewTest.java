package org.shuzhi.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.archive.history.CommitmentFact;
import org.shuzhi.archive.history.UnitHistories;
import org.shuzhi.archive.history.UnitHistory;
import org.shuzhi.archive.overview.Overview;
import org.shuzhi.archive.overview.OverviewQuery;
import org.shuzhi.archive.overview.Overviews;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.corpus.CorpusEntry;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.review.Review;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewer;
import org.shuzhi.review.Reviewers;
import org.shuzhi.rules.Finding;

/** The overview over the demo corpus, held to what the cross-report checks find report by report. */
class OverviewTest {
    @TempDir
    static Path dir;
    static Archive archive;
    /** Every corpus report reviewed against the archive (its own year excluded, earlier years only). */
    static Map<String, Review> reviews = new TreeMap<>();

    @BeforeAll
    static void index() {
        archive = ProblemThemesTest.corpusArchive(dir.resolve("archive"));
        Corpus corpus = Corpus.at(Path.of("corpus"));
        Reviewer reviewer = Reviewers.withArchive(archive);
        for (CorpusEntry e : corpus.entries()) {
            reviews.put(archive.unitKey(e.unit()) + "#" + e.year(), reviewer.review(corpus.report(e.id()),
                    new ReviewRequest(null, new ReportMeta(e.unit(), e.year(), e.role()), true)));
        }
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    private static List<Finding> findings(String rule) {
        List<Finding> out = new ArrayList<>();
        reviews.values().forEach(r -> r.findings().stream().filter(f -> f.rule().equals(rule)).forEach(out::add));
        return out;
    }

    private static String id(Review r) {
        return archive.unitKey(r.meta().unit()) + "#" + r.meta().year();
    }

    /**
     * The recurring problems of the whole archive are the REPEATED_PROBLEM findings of its reports, each chain
     * once, at its latest year (a finding that no later finding of the unit repeats), with the same years.
     */
    @Test
    void recurringProblemsAreTheRepeatedProblemFindingsAtTheEndOfEachChain() {
        Set<String> expected = new TreeSet<>();
        Set<String> repeatedLater = new HashSet<>();
        Map<String, String> byFinding = new HashMap<>();
        for (Review r : reviews.values()) {
            String key = archive.unitKey(r.meta().unit());
            for (Finding f : r.findings()) {
                if (!f.rule().equals("REPEATED_PROBLEM")) continue;
                List<?> years = (List<?>) f.evidence().get("years");
                TreeSet<Integer> all = new TreeSet<>();
                for (Object y : years) all.add(((Number) y).intValue());
                all.add(r.meta().year());
                byFinding.put(key + "#" + r.meta().year() + "#" + f.paragraph(), key + "#" + r.meta().year() + "#" + f.paragraph() + " " + all);
                for (Object m : (List<?>) f.evidence().get("matches")) {
                    Map<?, ?> source = (Map<?, ?>) m;
                    repeatedLater.add(key + "#" + source.get("year") + "#" + source.get("paragraph"));
                }
            }
        }
        byFinding.forEach((at, entry) -> {
            if (!repeatedLater.contains(at)) expected.add(entry);
        });
        Overview o = Overviews.of(archive, new OverviewQuery(null, null, null, 10_000));
        Set<String> listed = new TreeSet<>();
        for (Overview.Recurring r : o.recurring()) listed.add(r.unitKey() + "#" + r.year() + "#" + r.paragraph() + " " + new TreeSet<>(r.years()));
        assertFalse(expected.isEmpty());
        assertEquals(expected, listed);
        int threeOrMore = (int) o.recurring().stream().filter(r -> r.years().size() >= 3).count();
        assertEquals(threeOrMore, o.recurringCounts().threeOrMore());
        assertEquals(o.recurring().size() - threeOrMore, o.recurringCounts().twice());
        Set<String> three = new HashSet<>(), two = new HashSet<>();
        for (Overview.Recurring r : o.recurring()) (r.years().size() >= 3 ? three : two).add(r.unitKey());
        two.removeAll(three);
        assertEquals(three.size(), o.recurringCounts().unitsThreeOrMore());
        assertEquals(two.size(), o.recurringCounts().unitsTwice());
    }

    /** Commitments not answered per report are exactly its COMMITMENT_NOT_ADDRESSED findings. */
    @Test
    void unansweredCommitmentsAreTheCommitmentFindings() {
        Map<String, Integer> expected = new TreeMap<>();
        for (Finding f : findings("COMMITMENT_NOT_ADDRESSED")) {
            Review r = reviews.values().stream().filter(x -> x.findings().contains(f)).findFirst().orElseThrow();
            expected.merge(id(r), 1, Integer::sum);
        }
        Overview o = Overviews.of(archive, new OverviewQuery(null, null, null, 10_000));
        Map<String, Integer> counted = new TreeMap<>();
        for (Overview.CommitmentCount c : o.commitments()) if (c.notAnswered() > 0) counted.put(c.unitKey() + "#" + c.year(), c.notAnswered());
        assertEquals(expected, counted);
        assertEquals(expected.values().stream().mapToInt(Integer::intValue).sum(), o.commitmentTotals().notAnswered());
        assertTrue(o.commitmentTotals().answered() > o.commitmentTotals().notAnswered(), o.commitmentTotals().toString());
        assertEquals(o.commitmentTotals().commitments(), o.commitments().stream().mapToInt(c -> c.answered() + c.partly() + c.notAnswered()).sum());
    }

    /** A range of years counts what was raised within it; a unit filter keeps that unit's rows only. */
    @Test
    void aRangeCountsOnlyTheYearsInItAndAUnitOnlyItsOwn() {
        Overview all = Overviews.of(archive, OverviewQuery.all());
        Overview range = Overviews.of(archive, new OverviewQuery(2022, 2023, null, 10_000));
        assertEquals(List.of(2022, 2023), range.years());
        for (Overview.Recurring r : range.recurring()) {
            assertTrue(r.years().size() >= 2 && r.years().stream().allMatch(y -> y >= 2022 && y <= 2023), r.toString());
            assertTrue(r.year() <= 2023);
        }
        assertTrue(range.recurring().size() < all.recurring().size());
        for (var t : range.themes()) assertEquals(Set.of(2022, 2023), t.byYear().keySet());

        Overview one = Overviews.of(archive, new OverviewQuery(null, null, "柳溪村党总支", 10_000));
        assertEquals(archive.unitKey("柳溪村党总支"), one.unitKey());
        assertFalse(one.recurring().isEmpty());
        assertTrue(one.recurring().stream().allMatch(r -> r.unitKey().equals(one.unitKey())));
        assertTrue(one.commitments().stream().allMatch(c -> c.unitKey().equals(one.unitKey())));
        assertEquals(archive.reports(one.unitKey()).size(), one.reports());
    }

    /** The unit history shows each year's answers to last year's commitments, with the passage that answers. */
    @Test
    void theUnitHistoryShowsLastYearsCommitmentsAndWhatAnswersThem() {
        boolean sawAnswer = false;
        for (UnitHistory.Year y : UnitHistories.of(archive, "柳溪村党总支").years()) {
            for (UnitHistory.Commitment c : y.commitments()) {
                assertEquals(y.year() - 1, c.year(), c.toString());
                if (c.status() == CommitmentFact.Status.answered) {
                    assertNotNull(c.answer(), c.toString());
                    assertFalse(c.named().isEmpty());
                    sawAnswer = true;
                }
            }
        }
        assertTrue(sawAnswer);
    }

    /** Behind every theme count stand exactly that many problem paragraphs of the theme; behind the unthemed, those without. */
    @Test
    void everyThemeCountLeadsToItsParagraphs() {
        OverviewQuery q = new OverviewQuery(2021, 2023, null, 500);
        Overview o = Overviews.of(archive, q);
        for (var t : o.themes()) {
            var list = Overviews.problems(archive, q, t.name());
            assertEquals(t.count(), list.total(), t.name());
            assertTrue(list.problems().stream().allMatch(p -> t.name().equals(p.theme()) && p.year() >= 2021 && p.year() <= 2023));
            for (var e : t.byYear().entrySet()) {
                assertEquals(e.getValue().longValue(), Overviews.problems(archive, new OverviewQuery(e.getKey(), e.getKey(), null, 1), t.name()).total());
            }
        }
        var none = Overviews.problems(archive, q, Overviews.NO_THEME);
        assertEquals(o.coverage().unthemed(), none.total());
        assertTrue(none.problems().stream().allMatch(p -> p.theme() == null));
        assertEquals(o.coverage().problems(), Overviews.problems(archive, q, null).total());
    }

    /**
     * The problems behind a figure in one total order, latest year first, then unit key and paragraph (not the
     * index's order, which another engine does not share): a short list is the start of the long one, however the
     * limit cuts a year.
     */
    @Test
    void aProblemListIsInOneOrderWhereverItIsCut() {
        OverviewQuery all = new OverviewQuery(null, null, null, 10_000);
        var full = Overviews.problems(archive, all, null).problems();
        assertEquals(Overviews.problems(archive, all, null).total(), full.size());
        java.util.Comparator<org.shuzhi.archive.overview.ProblemList.Item> order = java.util.Comparator
                .comparingInt(org.shuzhi.archive.overview.ProblemList.Item::year).reversed()
                .thenComparing(org.shuzhi.archive.overview.ProblemList.Item::unitKey)
                .thenComparingInt(org.shuzhi.archive.overview.ProblemList.Item::paragraph);
        var sorted = new ArrayList<>(full);
        sorted.sort(order);
        assertEquals(sorted, full);
        // each limit cuts inside some year: 1 .. a few more than the first year holds
        for (int limit = 1; limit < Math.min(full.size(), 40); limit += 3) {
            assertEquals(full.subList(0, limit), Overviews.problems(archive, new OverviewQuery(null, null, null, limit), null).problems(), "limit " + limit);
        }
    }

    /** The counts by field values another engine's overview reads are the embedded index's doc values, counted exactly. */
    @Test
    void countsByFieldValuesAddUpToTheOverviewsFigures() {
        Overview o = Overviews.of(archive, OverviewQuery.all());
        var facts = new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(ArchiveSchema.TYPE, ArchiveSchema.TYPE_COMMITMENT_FACT));
        Map<List<String>, Integer> byStatus = archive.read(s -> s.counts(facts, List.of(ArchiveSchema.STATUS)));
        assertEquals(o.commitmentTotals().notAnswered(), byStatus.getOrDefault(List.of(String.valueOf(CommitmentFact.Status.notAnswered.ordinal())), 0));
        assertEquals(o.commitmentTotals().commitments(), byStatus.values().stream().mapToInt(Integer::intValue).sum());
        Map<List<String>, Integer> groups = archive.read(s -> s.counts(facts, List.of(ArchiveSchema.FACTS_OF, ArchiveSchema.YEAR)));
        assertEquals(o.commitmentTotals().reports(), groups.size());
        Map<List<String>, Integer> reports = archive.read(s -> s.counts(ArchiveQueries.reports(), List.of(ArchiveSchema.YEAR)));
        assertEquals(o.reportsByYear().size(), reports.size());
        o.reportsByYear().forEach((y, n) -> assertEquals(n, reports.get(List.of(String.valueOf(y)))));
    }
}
