package org.shuzhi.archive.overview;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.ArchiveSchema;
import org.shuzhi.archive.history.CommitmentFact;
import org.shuzhi.archive.history.HistoryFacts;
import org.shuzhi.archive.history.ProblemFact;

/**
 * Builds the {@link Overview} of a range of years from what the archive wrote when it indexed the reports:
 * themes from the problem paragraphs' facets ({@link ThemeCounts}), recurring problems and answered commitments
 * from the units' facts ({@link HistoryFacts}), counted by queries and doc values. Reads stored text only for
 * the rows it lists.
 */
public final class Overviews {
    private Overviews() {}

    public static Overview of(Archive archive, OverviewQuery q) {
        String key = q.unit() == null ? null : archive.unitKey(q.unit());
        if (q.unit() != null && (key == null || archive.reports(key).isEmpty())) {
            return empty(q, key);
        }
        return archive.withSearcher(s -> of(s, q, key));
    }

    private static Overview empty(OverviewQuery q, String key) {
        return new Overview(q.from(), q.to(), q.unit(), key, List.of(), 0, Map.of(), List.of(),
                new Coverage(0, 0, 0, 0, Map.of(), Map.of()), List.of(), new Overview.RecurringCounts(0, 0, 0, 0), List.of(),
                new Overview.CommitmentTotals(0, 0, 0, 0, 0));
    }

    static Overview of(IndexSearcher s, OverviewQuery q, String key) throws IOException {
        ThemeCounts.Figures figures = ThemeCounts.count(s, q.from(), q.to(), key);
        if (figures.years().isEmpty()) return empty(q, key);
        int from = figures.years().get(0), to = figures.years().get(figures.years().size() - 1);
        Map<Integer, Integer> reports = new TreeMap<>();
        for (int y : figures.years()) reports.put(y, s.count(OverviewQueries.reports(y, y, key)));
        String unit = null;
        List<Overview.Recurring> recurring = recurring(s, from, to, key, q.limit());
        Overview.RecurringCounts counts = recurringCounts(s, from, to, key);
        Commitments commitments = commitments(s, from, to, key, q.limit());
        if (key != null) {
            Document any = first(s, OverviewQueries.reports(null, null, key));
            unit = any == null ? q.unit() : any.get(ArchiveSchema.UNIT);
        }
        return new Overview(from, to, unit, key, figures.years(), reports.values().stream().mapToInt(Integer::intValue).sum(), reports,
                figures.themes(), figures.coverage(), recurring, counts, commitments.rows(), commitments.totals());
    }

    /** Marks "the problems with no theme" where a theme is asked for. */
    public static final String NO_THEME = "";

    /**
     * The problem paragraphs behind a theme count: of a theme ({@link #NO_THEME}: those without one; null: all
     * problems), a range of years and optionally a unit, latest year first.
     */
    public static ProblemList problems(Archive archive, OverviewQuery q, String theme) {
        String key = q.unit() == null ? null : archive.unitKey(q.unit());
        if (q.unit() != null && key == null) return new ProblemList(0, List.of());
        return archive.withSearcher(s -> {
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(OverviewQueries.problems(q.from(), q.to(), key), Occur.FILTER);
            if (NO_THEME.equals(theme)) {
                b.add(new org.apache.lucene.search.FieldExistsQuery(ArchiveSchema.THEME_FACETS), Occur.MUST_NOT);
            } else if (theme != null) {
                b.add(new TermQuery(new Term(ArchiveSchema.THEME, theme)), Occur.FILTER);
            }
            Query query = b.build();
            Sort sort = new Sort(new SortField(ArchiveSchema.YEAR, SortField.Type.INT, true), SortField.FIELD_DOC);
            TopDocs top = s.search(query, q.limit(), sort);
            List<ProblemList.Item> items = new ArrayList<>();
            var stored = s.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = stored.document(sd.doc);
                items.add(new ProblemList.Item(d.get(ArchiveSchema.UNIT), d.get(ArchiveSchema.UNIT_KEY), ArchiveSchema.year(d),
                        d.getField(ArchiveSchema.PARAGRAPH).numericValue().intValue(), d.get(ArchiveSchema.THEME), d.get(ArchiveSchema.TEXT)));
            }
            return new ProblemList(s.count(query), items);
        });
    }

    // ---- recurring problems ----

    /**
     * A unit's problem raised in two or more years of [from, to], taken at the latest of them: its year in the range, no
     * later problem of the range repeating it, and its second latest year (of the chain of repeats) not before {@code from}.
     */
    private static BooleanQuery.Builder recurring(int from, int to, String key) {
        return facts(ArchiveSchema.TYPE_PROBLEM_FACT, from, to, key)
                .add(IntPoint.newRangeQuery(ArchiveSchema.REPEATED_IN, to + 1, Integer.MAX_VALUE), Occur.FILTER)
                .add(IntPoint.newRangeQuery(ArchiveSchema.RAISED_SECOND, from, Integer.MAX_VALUE), Occur.FILTER);
    }

    /** Of those, the ones raised in exactly two years of the range, or in three or more. */
    private static Query recurring(int from, int to, String key, boolean threeOrMore) {
        Query three = IntPoint.newRangeQuery(ArchiveSchema.RAISED_THIRD, from, Integer.MAX_VALUE);
        return recurring(from, to, key).add(three, threeOrMore ? Occur.FILTER : Occur.MUST_NOT).build();
    }

    private static List<Overview.Recurring> recurring(IndexSearcher s, int from, int to, String key, int limit) throws IOException {
        Query q = recurring(from, to, key).build();
        // most years first, then the latest
        Sort sort = new Sort(new SortField(ArchiveSchema.RECURRENCE, SortField.Type.INT, true),
                new SortField(ArchiveSchema.YEAR, SortField.Type.INT, true), new SortField(ArchiveSchema.FACTS_OF, SortField.Type.STRING));
        TopDocs top = s.search(q, limit, sort);
        List<Overview.Recurring> out = new ArrayList<>();
        var stored = s.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc);
            ProblemFact p = HistoryFacts.problem(d);
            List<Integer> years = p.raised().stream().filter(y -> y >= from).toList();
            out.add(new Overview.Recurring(d.get(ArchiveSchema.UNIT), d.get(ArchiveSchema.FACTS_OF), p.year(), p.paragraph(), p.text(),
                    p.theme(), years));
        }
        // the sort is by all the years raised; in a range starting later, the years in it decide
        out.sort(Comparator.comparingInt((Overview.Recurring r) -> r.years().size()).reversed()
                .thenComparing(Comparator.comparingInt(Overview.Recurring::year).reversed()).thenComparing(Overview.Recurring::unitKey)
                .thenComparingInt(Overview.Recurring::paragraph));
        return out;
    }

    private static Overview.RecurringCounts recurringCounts(IndexSearcher s, int from, int to, String key) throws IOException {
        Set<String> twice = new HashSet<>(), thrice = new HashSet<>();
        int[] n = new int[2];
        each(s, recurring(from, to, key, false), leaf -> {
            SortedDocValues units = DocValues.getSorted(leaf.reader(), ArchiveSchema.FACTS_OF);
            return doc -> {
                n[0]++;
                twice.add(unit(units, doc));
            };
        });
        each(s, recurring(from, to, key, true), leaf -> {
            SortedDocValues units = DocValues.getSorted(leaf.reader(), ArchiveSchema.FACTS_OF);
            return doc -> {
                n[1]++;
                thrice.add(unit(units, doc));
            };
        });
        twice.removeAll(thrice);
        return new Overview.RecurringCounts(n[0], n[1], twice.size(), thrice.size());
    }

    // ---- commitments ----

    private record Commitments(List<Overview.CommitmentCount> rows, Overview.CommitmentTotals totals) {}

    private static Commitments commitments(IndexSearcher s, int from, int to, String key, int limit) throws IOException {
        record Group(String unitKey, int year) {}
        Map<Group, int[]> counts = new HashMap<>();
        Map<Group, Integer> anyDoc = new HashMap<>();
        CommitmentFact.Status[] statuses = CommitmentFact.Status.values();
        each(s, facts(ArchiveSchema.TYPE_COMMITMENT_FACT, from, to, key).build(), leaf -> {
            SortedDocValues units = DocValues.getSorted(leaf.reader(), ArchiveSchema.FACTS_OF);
            NumericDocValues years = DocValues.getNumeric(leaf.reader(), ArchiveSchema.YEAR);
            NumericDocValues status = DocValues.getNumeric(leaf.reader(), ArchiveSchema.STATUS);
            return doc -> {
                years.advanceExact(doc);
                status.advanceExact(doc);
                Group g = new Group(unit(units, doc), (int) years.longValue());
                counts.computeIfAbsent(g, k -> new int[statuses.length])[(int) status.longValue()]++;
                anyDoc.putIfAbsent(g, leaf.docBase + doc);
            };
        });
        int answered = 0, partly = 0, not = 0;
        for (int[] c : counts.values()) {
            answered += c[CommitmentFact.Status.answered.ordinal()];
            partly += c[CommitmentFact.Status.partly.ordinal()];
            not += c[CommitmentFact.Status.notAnswered.ordinal()];
        }
        List<Group> groups = new ArrayList<>(counts.keySet());
        // the reports that left most commitments unanswered first
        groups.sort(Comparator.comparingInt((Group g) -> counts.get(g)[CommitmentFact.Status.notAnswered.ordinal()]).reversed()
                .thenComparing(Comparator.comparingInt((Group g) -> counts.get(g)[CommitmentFact.Status.partly.ordinal()]).reversed())
                .thenComparing(Comparator.comparingInt(Group::year).reversed()).thenComparing(Group::unitKey));
        List<Overview.CommitmentCount> rows = new ArrayList<>();
        var stored = s.storedFields();
        for (Group g : groups.subList(0, Math.min(limit, groups.size()))) {
            int[] c = counts.get(g);
            String unit = stored.document(anyDoc.get(g), java.util.Set.of(ArchiveSchema.UNIT)).get(ArchiveSchema.UNIT);
            rows.add(new Overview.CommitmentCount(unit, g.unitKey(), g.year(), c[CommitmentFact.Status.answered.ordinal()],
                    c[CommitmentFact.Status.partly.ordinal()], c[CommitmentFact.Status.notAnswered.ordinal()]));
        }
        return new Commitments(rows, new Overview.CommitmentTotals(counts.size(), answered + partly + not, answered, partly, not));
    }

    // ---- plumbing ----

    private static BooleanQuery.Builder facts(String type, int from, int to, String key) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ArchiveSchema.TYPE, type)), Occur.FILTER)
                .add(IntPoint.newRangeQuery(ArchiveSchema.YEAR, from, to), Occur.FILTER);
        if (key != null) b.add(new TermQuery(new Term(ArchiveSchema.FACTS_OF, key)), Occur.FILTER);
        return b;
    }

    /** What to do with each matching document of a segment (its doc values read in document order). */
    private interface Hit {
        void accept(int doc) throws IOException;
    }

    private interface Segment {
        Hit start(LeafReaderContext leaf) throws IOException;
    }

    /** Visits every live document matching {@code q}, segment by segment, in document order. */
    private static void each(IndexSearcher s, Query q, Segment segment) throws IOException {
        Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            Scorer scorer = w.scorer(leaf);
            if (scorer == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            Hit hit = segment.start(leaf);
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) hit.accept(doc);
            }
        }
    }

    private static String unit(SortedDocValues units, int doc) throws IOException {
        return units.advanceExact(doc) ? units.lookupOrd(units.ordValue()).utf8ToString() : "";
    }

    private static Document first(IndexSearcher s, Query q) throws IOException {
        ScoreDoc[] top = s.search(q, 1).scoreDocs;
        return top.length == 0 ? null : s.storedFields().document(top[0].doc);
    }
}
