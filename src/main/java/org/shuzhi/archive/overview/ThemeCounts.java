package org.shuzhi.archive.overview;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.IndexSearcher;
import org.shuzhi.archive.ArchiveSchema;
import org.shuzhi.archive.themes.ProblemThemes;

/**
 * Counts problem paragraphs by theme and year with Lucene's faceting: one facet count per year of the range over
 * the problem paragraphs of that year (and unit), read from the sorted-set doc values the archive wrote when it
 * indexed them. No paragraph is read.
 */
public final class ThemeCounts {
    /** The themes, the unthemed problems and the coverage of a range. */
    public record Figures(List<ThemeCount> themes, Coverage coverage, List<Integer> years) {}

    /** The facet state of the current reader: built once per reader (an ordinal map over its segments). */
    private static volatile State cached;

    private record State(IndexReader reader, SortedSetDocValuesReaderState facets) {}

    private ThemeCounts() {}

    /**
     * @param from    first year (null: the archive's first)
     * @param to      last year (null: the archive's last)
     * @param unitKey one unit's problems only, or null for all
     */
    public static Figures count(IndexSearcher s, Integer from, Integer to, String unitKey) throws IOException {
        Map<Integer, Map<String, Integer>> themed = new TreeMap<>();
        Map<Integer, Integer> problems = new TreeMap<>();
        List<Integer> years = new ArrayList<>();
        int[] span = years(s.getIndexReader());
        SortedSetDocValuesReaderState state = state(s.getIndexReader());
        if (span != null) {
            int first = Math.max(span[0], from == null ? Integer.MIN_VALUE : from);
            int last = Math.min(span[1], to == null ? Integer.MAX_VALUE : to);
            for (int year = first; year <= last; year++) {
                if (s.count(OverviewQueries.reports(year, year, unitKey)) == 0) continue;
                years.add(year);
                FacetsCollector fc = FacetsCollectorManager.search(s, OverviewQueries.problems(year, year, unitKey), 0, new FacetsCollectorManager()).facetsCollector();
                int total = 0;
                for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) total += m.totalHits;
                Map<String, Integer> counts = new HashMap<>();
                if (state != null && total > 0) {
                    FacetResult r = new SortedSetDocValuesFacetCounts(state, fc).getAllChildren(ArchiveSchema.THEME);
                    if (r != null) for (LabelAndValue lv : r.labelValues) counts.put(lv.label, lv.value.intValue());
                }
                problems.put(year, total);
                themed.put(year, counts);
            }
        }
        return figures(ProblemThemes.standard(), years, problems, themed);
    }

    /**
     * The figures of a range from its counts, whichever engine counted them.
     *
     * @param years    the years of the range holding reports, in order
     * @param problems year → problem paragraphs
     * @param themed   year → theme → problem paragraphs of that theme
     */
    static Figures figures(ProblemThemes taxonomy, List<Integer> years, Map<Integer, Integer> problems, Map<Integer, Map<String, Integer>> themed) {
        Map<String, Map<Integer, Integer>> byTheme = new LinkedHashMap<>();
        for (ProblemThemes.Theme t : taxonomy.themes()) byTheme.put(t.name(), new TreeMap<>());
        // a theme dropped from the taxonomy since indexing is still counted under its name (after the taxonomy's, by name)
        java.util.SortedSet<String> dropped = new java.util.TreeSet<>();
        for (Map<String, Integer> counts : themed.values()) for (String name : counts.keySet()) if (!byTheme.containsKey(name)) dropped.add(name);
        for (String name : dropped) byTheme.put(name, new TreeMap<>());
        Map<Integer, Integer> unthemed = new TreeMap<>();
        for (int year : years) {
            int n = 0;
            for (var e : themed.getOrDefault(year, Map.of()).entrySet()) {
                byTheme.get(e.getKey()).put(year, e.getValue());
                n += e.getValue();
            }
            unthemed.put(year, problems.getOrDefault(year, 0) - n);
        }
        List<ThemeCount> themes = new ArrayList<>();
        Map<String, Integer> order = new HashMap<>();
        for (String name : byTheme.keySet()) order.put(name, order.size());
        for (var e : byTheme.entrySet()) {
            Map<Integer, Integer> by = new TreeMap<>();
            for (int y : years) by.put(y, e.getValue().getOrDefault(y, 0));
            ProblemThemes.Theme t = taxonomy.theme(e.getKey());
            themes.add(new ThemeCount(e.getKey(), t == null ? null : t.description(), by.values().stream().mapToInt(Integer::intValue).sum(), by));
        }
        themes.sort(Comparator.comparingInt(ThemeCount::count).reversed().thenComparing(t -> order.get(t.name())));
        Map<Integer, Integer> byYear = new TreeMap<>();
        for (int y : years) byYear.put(y, problems.getOrDefault(y, 0));
        int all = byYear.values().stream().mapToInt(Integer::intValue).sum();
        int none = unthemed.values().stream().mapToInt(Integer::intValue).sum();
        return new Figures(themes, new Coverage(all, all - none, none, all == 0 ? 0 : round((double) none / all), byYear, unthemed),
                List.copyOf(years));
    }

    /** The first and last year the archive holds, from the year points (no document read); null when empty. */
    private static int[] years(IndexReader reader) throws IOException {
        byte[] min = PointValues.getMinPackedValue(reader, ArchiveSchema.YEAR);
        byte[] max = PointValues.getMaxPackedValue(reader, ArchiveSchema.YEAR);
        if (min == null || max == null) return null;
        return new int[] {IntPoint.decodeDimension(min, 0), IntPoint.decodeDimension(max, 0)};
    }

    /** The facet state of this reader, or null while no paragraph has a theme. */
    private static SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        State c = cached;
        if (c != null && c.reader() == reader) return c.facets();
        boolean any = false;
        for (LeafReaderContext leaf : reader.leaves()) {
            FieldInfo f = leaf.reader().getFieldInfos().fieldInfo(ArchiveSchema.THEME_FACETS);
            any |= f != null;
        }
        SortedSetDocValuesReaderState facets = any ? new DefaultSortedSetDocValuesReaderState(reader, ArchiveSchema.THEME_FACETS, ArchiveSchema.FACETS) : null;
        cached = new State(reader, facets);
        return facets;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
