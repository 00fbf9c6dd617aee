package org.shuzhi.archive.overview;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.shuzhi.archive.ArchiveSchema;
import org.shuzhi.archive.ArchiveSearcher;
import org.shuzhi.archive.history.CommitmentFact;
import org.shuzhi.archive.history.HistoryFacts;
import org.shuzhi.archive.themes.ProblemThemes;

/**
 * The {@link Overview} through any engine's {@link ArchiveSearcher}: the same figures as the embedded archive's
 * doc-values and facet reads ({@link Overviews}, {@link ThemeCounts}), from exact counts of documents by their
 * values ({@link ArchiveSearcher#counts}) and top rows in a total order ({@link ArchiveSearcher#top}). What a
 * SolrCloud collection answers with terms facets and sorted searches.
 */
final class SearcherOverviews {
    private SearcherOverviews() {}

    static Overview of(ArchiveSearcher s, OverviewQuery q, String key) throws IOException {
        Map<Integer, Integer> reports = reports(s, q.from(), q.to(), key);
        ThemeCounts.Figures figures = themes(s, reports.keySet(), key);
        if (figures.years().isEmpty()) return Overviews.empty(q, key);
        int from = figures.years().get(0), to = figures.years().get(figures.years().size() - 1);
        List<Overview.Recurring> recurring = recurring(s, from, to, key, q.limit());
        Overview.RecurringCounts counts = recurringCounts(s, from, to, key);
        Overviews.Commitments commitments = commitments(s, from, to, key, q.limit());
        String unit = null;
        if (key != null) {
            List<Document> latest = s.top(OverviewQueries.reports(null, null, key), 1, Overviews.LATEST_FIRST);
            unit = latest.isEmpty() ? q.unit() : latest.get(0).get(ArchiveSchema.UNIT);
        }
        return new Overview(from, to, unit, key, figures.years(), reports.values().stream().mapToInt(Integer::intValue).sum(), reports,
                figures.themes(), figures.coverage(), recurring, counts, commitments.rows(), commitments.totals());
    }

    /** The reports of a range by year: the years that hold any. */
    private static Map<Integer, Integer> reports(ArchiveSearcher s, Integer from, Integer to, String key) throws IOException {
        Map<Integer, Integer> out = new TreeMap<>();
        s.counts(OverviewQueries.reports(from, to, key), List.of(ArchiveSchema.YEAR)).forEach((k, n) -> out.put(Integer.parseInt(k.get(0)), n));
        return out;
    }

    /** Problem paragraphs by theme and year, as {@link ThemeCounts#count} counts them, over the years holding reports. */
    private static ThemeCounts.Figures themes(ArchiveSearcher s, java.util.Collection<Integer> withReports, String key) throws IOException {
        List<Integer> years = new ArrayList<>(withReports);
        years.sort(null);
        Map<Integer, Integer> problems = new TreeMap<>();
        Map<Integer, Map<String, Integer>> themed = new TreeMap<>();
        if (!years.isEmpty()) {
            Query q = OverviewQueries.problems(years.get(0), years.get(years.size() - 1), key);
            s.counts(q, List.of(ArchiveSchema.YEAR)).forEach((k, n) -> problems.put(Integer.parseInt(k.get(0)), n));
            s.counts(q, List.of(ArchiveSchema.YEAR, ArchiveSchema.THEME)).forEach((k, n) ->
                    themed.computeIfAbsent(Integer.parseInt(k.get(0)), y -> new HashMap<>()).put(k.get(1), n));
        }
        Map<Integer, Integer> total = new TreeMap<>();
        Map<Integer, Map<String, Integer>> byYear = new LinkedHashMap<>();
        for (int y : years) {
            total.put(y, problems.getOrDefault(y, 0));
            byYear.put(y, themed.getOrDefault(y, Map.of()));
        }
        return ThemeCounts.figures(ProblemThemes.standard(), years, total, byYear);
    }

    private static List<Overview.Recurring> recurring(ArchiveSearcher s, int from, int to, String key, int limit) throws IOException {
        List<Overview.Recurring> out = new ArrayList<>();
        for (Document d : s.top(Overviews.recurring(from, to, key).build(), limit, Overviews.RECURRING_ORDER)) {
            List<Integer> years = new ArrayList<>();
            for (String y : d.get(ArchiveSchema.RAISED).split(HistoryFacts.SEP)) if (Integer.parseInt(y) >= from) years.add(Integer.parseInt(y));
            out.add(new Overview.Recurring(d.get(ArchiveSchema.FACT_UNIT), d.get(ArchiveSchema.FACTS_OF), ArchiveSchema.year(d),
                    d.getField(ArchiveSchema.FACT_PARAGRAPH).numericValue().intValue(), d.get(ArchiveSchema.FACT_TEXT),
                    d.get(ArchiveSchema.FACT_THEME), years));
        }
        out.sort(Overviews.RECURRING_SHOWN);
        return out;
    }

    private static Overview.RecurringCounts recurringCounts(ArchiveSearcher s, int from, int to, String key) throws IOException {
        Map<List<String>, Integer> twice = s.counts(Overviews.recurring(from, to, key, false), List.of(ArchiveSchema.FACTS_OF));
        Map<List<String>, Integer> thrice = s.counts(Overviews.recurring(from, to, key, true), List.of(ArchiveSchema.FACTS_OF));
        Set<List<String>> onlyTwice = new HashSet<>(twice.keySet());
        onlyTwice.removeAll(thrice.keySet());
        return new Overview.RecurringCounts(sum(twice), sum(thrice), onlyTwice.size(), thrice.size());
    }

    private static Overviews.Commitments commitments(ArchiveSearcher s, int from, int to, String key, int limit) throws IOException {
        Map<Overviews.Group, int[]> counts = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Query q = Overviews.facts(ArchiveSchema.TYPE_COMMITMENT_FACT, from, to, key).build();
        // one request: a unit's facts all carry its (latest) name
        s.counts(q, List.of(ArchiveSchema.FACTS_OF, ArchiveSchema.FACT_UNIT, ArchiveSchema.YEAR, ArchiveSchema.STATUS)).forEach((k, n) -> {
            names.put(k.get(0), k.get(1));
            counts.computeIfAbsent(new Overviews.Group(k.get(0), Integer.parseInt(k.get(2))), g -> new int[3])[status(k.get(3)).ordinal()] += n;
        });
        return Overviews.commitments(counts, limit, shown -> shown.stream().map(g -> names.get(g.unitKey())).toList());
    }

    /** The problem paragraphs behind a theme count, as {@link Overviews#problems} lists them. */
    static ProblemList problems(ArchiveSearcher s, OverviewQuery q, String key, String theme) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(OverviewQueries.problems(q.from(), q.to(), key), Occur.FILTER);
        if (Overviews.NO_THEME.equals(theme)) b.add(new FieldExistsQuery(ArchiveSchema.THEME), Occur.MUST_NOT);
        else if (theme != null) b.add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(ArchiveSchema.THEME, theme)), Occur.FILTER);
        Query query = b.build();
        Sort sort = new Sort(new SortField(ArchiveSchema.YEAR, SortField.Type.INT, true), new SortField(ArchiveSchema.UNIT_KEY, SortField.Type.STRING),
                new SortField(ArchiveSchema.PARAGRAPH, SortField.Type.INT));
        List<ProblemList.Item> items = new ArrayList<>();
        for (Document d : s.top(query, q.limit(), sort)) items.add(Overviews.item(d));
        return new ProblemList(s.count(query), items);
    }

    /** A commitment's status as an engine holds it: its name (a string field) or its ordinal (numeric doc values). */
    private static CommitmentFact.Status status(String value) {
        return Character.isDigit(value.charAt(0)) ? CommitmentFact.Status.values()[Integer.parseInt(value)] : CommitmentFact.Status.valueOf(value);
    }

    private static int sum(Map<?, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

}
