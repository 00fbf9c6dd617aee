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
import org.shuzhi.archive.ArchiveEngine;
import org.shuzhi.archive.LuceneSearcher;
import org.shuzhi.archive.ArchiveSchema;
import org.shuzhi.archive.history.CommitmentFact;
import org.shuzhi.archive.history.HistoryFacts;

/**
 * Builds the {@link Overview} of a range of years from what the archive wrote when it indexed the reports:
 * themes from the problem paragraphs' facets ({@link ThemeCounts}), recurring problems and answered commitments
 * from the units' facts ({@link HistoryFacts}), counted by queries and doc values. Reads stored text only for
 * the rows it lists.
 */
public final class Overviews {
    private Overviews() {}

    /**
     * The overview on either engine: the embedded archive reads its doc values and facets; another engine's
     * searcher ({@link SearcherOverviews}) gives the same figures from exact counts and sorted rows.
     */
    public static Overview of(ArchiveEngine archive, OverviewQuery q) {
        String key = q.unit() == null ? null : archive.unitKey(q.unit());
        if (q.unit() != null && key == null) return empty(q, null);
        return archive.read(s -> {
            if (key != null && s.count(OverviewQueries.reports(null, null, key)) == 0) return empty(q, key);
            return s instanceof LuceneSearcher lucene ? of(lucene.indexSearcher(), q, key) : SearcherOverviews.of(s, q, key);
        });
    }

    static Overview empty(OverviewQuery q, String key) {
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
            Document latest = first(s, OverviewQueries.reports(null, null, key));
            unit = latest == null ? q.unit() : latest.get(ArchiveSchema.UNIT);
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
    public static ProblemList problems(ArchiveEngine archive, OverviewQuery q, String theme) {
        String key = q.unit() == null ? null : archive.unitKey(q.unit());
        if (q.unit() != null && key == null) return new ProblemList(0, List.of());
        return archive.read(s -> s instanceof LuceneSearcher lucene ? problems(lucene.indexSearcher(), q, key, theme)
                : SearcherOverviews.problems(s, q, key, theme));
    }

    /**
     * Latest year first, then by unit key and paragraph (an order both engines keep: not the index's). Paragraphs
     * hold no doc values for the last two: the years above the one the list ends in are whole, and that year's
     * paragraphs are read (their key and index only) and ordered here.
     */
    private static ProblemList problems(IndexSearcher s, OverviewQuery q, String key, String theme) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(OverviewQueries.problems(q.from(), q.to(), key), Occur.FILTER);
        if (NO_THEME.equals(theme)) {
            b.add(new org.apache.lucene.search.FieldExistsQuery(ArchiveSchema.THEME_FACETS), Occur.MUST_NOT);
        } else if (theme != null) {
            b.add(new TermQuery(new Term(ArchiveSchema.THEME, theme)), Occur.FILTER);
        }
        Query query = b.build();
        int total = s.count(query);
        TopDocs top = s.search(query, q.limit(), new Sort(new SortField(ArchiveSchema.YEAR, SortField.Type.INT, true), SortField.FIELD_DOC));
        List<Integer> docs = new ArrayList<>();
        var stored = s.storedFields();
        if (top.scoreDocs.length > 0 && total > top.scoreDocs.length) {
            // the list ends inside a year: all of that year's paragraphs compete for its places
            int lastYear = (Integer) ((org.apache.lucene.search.FieldDoc) top.scoreDocs[top.scoreDocs.length - 1]).fields[0];
            for (ScoreDoc sd : top.scoreDocs) {
                if ((Integer) ((org.apache.lucene.search.FieldDoc) sd).fields[0] != lastYear) docs.add(sd.doc);
            }
            Query year = new BooleanQuery.Builder().add(query, Occur.FILTER)
                    .add(IntPoint.newExactQuery(ArchiveSchema.YEAR, lastYear), Occur.FILTER).build();
            record Place(int doc, String unitKey, int paragraph) {}
            List<Place> places = new ArrayList<>();
            java.util.Set<String> fields = java.util.Set.of(ArchiveSchema.UNIT_KEY, ArchiveSchema.PARAGRAPH);
            for (ScoreDoc sd : s.search(year, Math.max(1, s.count(year))).scoreDocs) {
                Document d = stored.document(sd.doc, fields);
                places.add(new Place(sd.doc, d.get(ArchiveSchema.UNIT_KEY), d.getField(ArchiveSchema.PARAGRAPH).numericValue().intValue()));
            }
            places.sort(Comparator.comparing(Place::unitKey).thenComparingInt(Place::paragraph));
            for (Place p : places.subList(0, Math.min(places.size(), q.limit() - docs.size()))) docs.add(p.doc());
        } else {
            for (ScoreDoc sd : top.scoreDocs) docs.add(sd.doc);
        }
        List<ProblemList.Item> items = new ArrayList<>();
        for (int doc : docs) items.add(item(stored.document(doc)));
        items.sort(Comparator.comparingInt(ProblemList.Item::year).reversed().thenComparing(ProblemList.Item::unitKey)
                .thenComparingInt(ProblemList.Item::paragraph));
        return new ProblemList(total, items);
    }

    static ProblemList.Item item(Document d) {
        return new ProblemList.Item(d.get(ArchiveSchema.UNIT), d.get(ArchiveSchema.UNIT_KEY), ArchiveSchema.year(d),
                d.getField(ArchiveSchema.PARAGRAPH).numericValue().intValue(), d.get(ArchiveSchema.THEME), d.get(ArchiveSchema.TEXT));
    }

    // ---- recurring problems ----

    /**
     * A unit's problem raised in two or more years of [from, to], taken at the latest of them: its year in the range, no
     * later problem of the range repeating it, and its second latest year (of the chain of repeats) not before {@code from}.
     */
    static BooleanQuery.Builder recurring(int from, int to, String key) {
        return facts(ArchiveSchema.TYPE_PROBLEM_FACT, from, to, key)
                .add(IntPoint.newRangeQuery(ArchiveSchema.REPEATED_IN, to + 1, Integer.MAX_VALUE), Occur.FILTER)
                .add(IntPoint.newRangeQuery(ArchiveSchema.RAISED_SECOND, from, Integer.MAX_VALUE), Occur.FILTER);
    }

    /** Of those, the ones raised in exactly two years of the range, or in three or more. */
    static Query recurring(int from, int to, String key, boolean threeOrMore) {
        Query three = IntPoint.newRangeQuery(ArchiveSchema.RAISED_THIRD, from, Integer.MAX_VALUE);
        return recurring(from, to, key).add(three, threeOrMore ? Occur.FILTER : Occur.MUST_NOT).build();
    }

    private static List<Overview.Recurring> recurring(IndexSearcher s, int from, int to, String key, int limit) throws IOException {
        Query q = recurring(from, to, key).build();
        TopDocs top = s.search(q, limit, RECURRING_ORDER);
        int[] docs = java.util.Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).toArray();
        List<Overview.Recurring> out = new ArrayList<>(Columns.rows(s.getIndexReader(), docs, row -> {
            List<Integer> years = new ArrayList<>();
            for (String y : row.text(ArchiveSchema.RAISED).split(HistoryFacts.SEP)) if (Integer.parseInt(y) >= from) years.add(Integer.parseInt(y));
            return new Overview.Recurring(row.text(ArchiveSchema.FACT_UNIT), row.sorted(ArchiveSchema.FACTS_OF), row.number(ArchiveSchema.YEAR),
                    row.number(ArchiveSchema.FACT_PARAGRAPH), row.text(ArchiveSchema.FACT_TEXT), row.text(ArchiveSchema.FACT_THEME), years);
        }));
        out.sort(RECURRING_SHOWN);
        return out;
    }

    /** The recurring problems listed: most years first, then the latest, then by unit and paragraph (a total order). */
    static final Sort RECURRING_ORDER = new Sort(new SortField(ArchiveSchema.RECURRENCE, SortField.Type.INT, true),
            new SortField(ArchiveSchema.YEAR, SortField.Type.INT, true), new SortField(ArchiveSchema.FACTS_OF, SortField.Type.STRING),
            new SortField(ArchiveSchema.FACT_PARAGRAPH, SortField.Type.INT));

    /** The sort is by all the years raised; in a range starting later, the years in it decide. */
    static final Comparator<Overview.Recurring> RECURRING_SHOWN = Comparator.comparingInt((Overview.Recurring r) -> r.years().size())
            .reversed().thenComparing(Comparator.comparingInt(Overview.Recurring::year).reversed()).thenComparing(Overview.Recurring::unitKey)
            .thenComparingInt(Overview.Recurring::paragraph);

    /** A unit's reports, latest first: the name it last reported under. */
    static final Sort LATEST_FIRST = new Sort(new SortField(ArchiveSchema.YEAR, SortField.Type.INT, true));

    private static Overview.RecurringCounts recurringCounts(IndexSearcher s, int from, int to, String key) throws IOException {
        Set<String> twice = new HashSet<>(), thrice = new HashSet<>();
        int n2 = distinctUnits(s, recurring(from, to, key, false), twice);
        int n3 = distinctUnits(s, recurring(from, to, key, true), thrice);
        twice.removeAll(thrice);
        return new Overview.RecurringCounts(n2, n3, twice.size(), thrice.size());
    }

    /** Counts the matches of {@code q} and adds their units to {@code units} (each unit's key read once per segment). */
    private static int distinctUnits(IndexSearcher s, Query q, Set<String> units) throws IOException {
        int[] n = {0};
        each(s, q, new Segment() {
            @Override
            public Hit start(LeafReaderContext leaf) throws IOException {
                SortedDocValues keys = DocValues.getSorted(leaf.reader(), ArchiveSchema.FACTS_OF);
                org.apache.lucene.util.FixedBitSet seen = new org.apache.lucene.util.FixedBitSet(Math.max(1, keys.getValueCount()));
                return new Hit() {
                    @Override
                    public void accept(int doc) throws IOException {
                        n[0]++;
                        if (keys.advanceExact(doc)) seen.set(keys.ordValue());
                    }

                    @Override
                    public void end() throws IOException {
                        for (int ord = seen.nextSetBit(0); ord != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                             ord = ord + 1 < seen.length() ? seen.nextSetBit(ord + 1) : org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
                            units.add(keys.lookupOrd(ord).utf8ToString());
                        }
                    }
                };
            }
        });
        return n[0];
    }

    // ---- commitments ----

    record Commitments(List<Overview.CommitmentCount> rows, Overview.CommitmentTotals totals) {}

    /** A report's commitments: its unit and year. */
    record Group(String unitKey, int year) {}

    private static Commitments commitments(IndexSearcher s, int from, int to, String key, int limit) throws IOException {
        Map<Group, int[]> counts = new HashMap<>();
        Map<Group, Integer> anyDoc = new HashMap<>();
        CommitmentFact.Status[] statuses = CommitmentFact.Status.values();
        each(s, facts(ArchiveSchema.TYPE_COMMITMENT_FACT, from, to, key).build(), new Segment() {
            @Override
            public Hit start(LeafReaderContext leaf) throws IOException {
                SortedDocValues units = DocValues.getSorted(leaf.reader(), ArchiveSchema.FACTS_OF);
                NumericDocValues years = DocValues.getNumeric(leaf.reader(), ArchiveSchema.YEAR);
                NumericDocValues status = DocValues.getNumeric(leaf.reader(), ArchiveSchema.STATUS);
                // grouped by the unit key's ordinal in the segment; turned into keys once per group, at its end
                Map<Long, int[]> byOrd = new HashMap<>();
                Map<Long, Integer> firstDoc = new HashMap<>();
                return new Hit() {
                    @Override
                    public void accept(int doc) throws IOException {
                        long ord = units.advanceExact(doc) ? units.ordValue() : -1;
                        years.advanceExact(doc);
                        status.advanceExact(doc);
                        long g = (ord << 16) | (years.longValue() & 0xFFFF);
                        byOrd.computeIfAbsent(g, k -> new int[statuses.length])[(int) status.longValue()]++;
                        firstDoc.putIfAbsent(g, leaf.docBase + doc);
                    }

                    @Override
                    public void end() throws IOException {
                        for (var e : byOrd.entrySet()) {
                            long ord = e.getKey() >> 16;
                            Group g = new Group(ord < 0 ? "" : units.lookupOrd((int) ord).utf8ToString(), (int) (e.getKey() & 0xFFFF));
                            int[] sum = counts.computeIfAbsent(g, k -> new int[statuses.length]);
                            for (int i = 0; i < sum.length; i++) sum[i] += e.getValue()[i];
                            anyDoc.putIfAbsent(g, firstDoc.get(e.getKey()));
                        }
                    }
                };
            }
        });
        return commitments(counts, limit, shown -> Columns.rows(s.getIndexReader(), shown.stream().mapToInt(anyDoc::get).toArray(),
                row -> row.text(ArchiveSchema.FACT_UNIT)));
    }

    /** The unit names of some groups, in their order. */
    interface Names {
        List<String> of(List<Group> groups) throws IOException;
    }

    /** The totals, and the first {@code limit} reports by how many commitments they left unanswered. */
    static Commitments commitments(Map<Group, int[]> counts, int limit, Names names) throws IOException {
        int answered = 0, partly = 0, not = 0;
        for (int[] c : counts.values()) {
            answered += c[CommitmentFact.Status.answered.ordinal()];
            partly += c[CommitmentFact.Status.partly.ordinal()];
            not += c[CommitmentFact.Status.notAnswered.ordinal()];
        }
        record Counted(Group group, int answered, int partly, int notAnswered) {}
        List<Counted> groups = new ArrayList<>(counts.size());
        counts.forEach((g, c) -> groups.add(new Counted(g, c[CommitmentFact.Status.answered.ordinal()], c[CommitmentFact.Status.partly.ordinal()],
                c[CommitmentFact.Status.notAnswered.ordinal()])));
        // the reports that left most commitments unanswered first
        groups.sort(Comparator.comparingInt(Counted::notAnswered).reversed().thenComparing(Comparator.comparingInt(Counted::partly).reversed())
                .thenComparing(Comparator.comparingInt((Counted c) -> c.group().year()).reversed()).thenComparing(c -> c.group().unitKey()));
        List<Counted> shown = groups.subList(0, Math.min(limit, groups.size()));
        List<String> unitNames = names.of(shown.stream().map(Counted::group).toList());
        List<Overview.CommitmentCount> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Counted c = shown.get(i);
            rows.add(new Overview.CommitmentCount(unitNames.get(i), c.group().unitKey(), c.group().year(), c.answered(), c.partly(), c.notAnswered()));
        }
        return new Commitments(rows, new Overview.CommitmentTotals(counts.size(), answered + partly + not, answered, partly, not));
    }

    // ---- plumbing ----

    static BooleanQuery.Builder facts(String type, int from, int to, String key) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ArchiveSchema.TYPE, type)), Occur.FILTER)
                .add(IntPoint.newRangeQuery(ArchiveSchema.YEAR, from, to), Occur.FILTER);
        if (key != null) b.add(new TermQuery(new Term(ArchiveSchema.FACTS_OF, key)), Occur.FILTER);
        return b;
    }

    /** What to do with each matching document of a segment (its doc values read in document order), and after the last. */
    private interface Hit {
        void accept(int doc) throws IOException;

        default void end() throws IOException {}
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
            hit.end();
        }
    }

    private static Document first(IndexSearcher s, Query q) throws IOException {
        ScoreDoc[] top = s.search(q, 1, LATEST_FIRST).scoreDocs;
        return top.length == 0 ? null : s.storedFields().document(top[0].doc);
    }
}
