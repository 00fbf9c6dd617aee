package org.shuzhi.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Which problems of a report repeat the unit's earlier problems (REPEATED_PROBLEM and the unit history
 * share it). Per earlier year, each problem's closest problem there is kept if the two are each other's
 * closest — a reworded repeat, not two problems sharing a few words — and alike enough
 * ({@link Similarities#repeat}: content words and bigrams by rarity, more when both name the same common
 * problem).
 */
public final class RepeatedProblems {
    /** An earlier problem that a problem repeats. */
    public record Match<C>(C earlier, int year, Similarities.Repeat repeat) {}

    /**
     * A problem in its unit's history: the earlier problems it repeats (oldest year first; empty if new) and
     * every year it has been raised, its own included, following the chain — a 2023 problem repeating one of
     * 2022 that repeated one of 2021 has been raised in 3 years, even if 2023 and 2021 are worded apart.
     */
    public record Raised<C>(List<Match<C>> matches, java.util.SortedSet<Integer> years) {
        public int recurrence() {
            return years.size();
        }
    }

    private RepeatedProblems() {}

    /**
     * @param problems this report's problems, by any key
     * @param earlier  the unit's problems of earlier years
     * @return for each problem that repeats, its matches, oldest year first
     */
    static <P, C> Map<P, List<Match<C>>> match(Map<P, Passage> problems, List<C> earlier, ToIntFunction<C> year,
                                               Function<C, Passage> passage, ArchiveStatistics stats, double threshold) {
        Map<Integer, List<C>> byYear = new TreeMap<>();
        for (C c : earlier) byYear.computeIfAbsent(year.applyAsInt(c), y -> new ArrayList<>()).add(c);
        Map<P, Map<C, Similarities.Repeat>> scores = new LinkedHashMap<>();
        for (var p : problems.entrySet()) {
            Map<C, Similarities.Repeat> row = new LinkedHashMap<>();
            for (C c : earlier) row.put(c, Similarities.repeat(p.getValue(), passage.apply(c), stats));
            scores.put(p.getKey(), row);
        }
        Map<P, List<Match<C>>> out = new LinkedHashMap<>();
        for (P p : problems.keySet()) {
            Map<C, Similarities.Repeat> row = scores.get(p);
            for (var y : byYear.entrySet()) {
                C best = y.getValue().stream().max(Comparator.comparingDouble(c -> row.get(c).score())).orElseThrow();
                double score = row.get(best).score();
                if (score >= threshold && closest(scores, p, best, row.get(best).likeness())) {
                    out.computeIfAbsent(p, k -> new ArrayList<>()).add(new Match<>(best, y.getKey(), row.get(best)));
                }
            }
        }
        return out;
    }

    /**
     * The history of a unit's problems: each year's problems matched against those of its latest
     * {@code maxEarlierYears} earlier years, oldest year first, and the years each problem has been raised.
     */
    public static <C> Map<C, Raised<C>> history(List<C> problems, ToIntFunction<C> year, Function<C, Passage> passage,
                                         ArchiveStatistics stats, double threshold, int maxEarlierYears) {
        TreeMap<Integer, List<C>> byYear = new TreeMap<>();
        for (C c : problems) byYear.computeIfAbsent(year.applyAsInt(c), y -> new ArrayList<>()).add(c);
        Map<C, Raised<C>> out = new LinkedHashMap<>();
        for (var y : byYear.entrySet()) {
            List<C> earlier = new ArrayList<>();
            for (List<C> cs : byYear.headMap(y.getKey(), false).descendingMap().values().stream().limit(maxEarlierYears).toList()) earlier.addAll(cs);
            Map<C, Passage> current = new LinkedHashMap<>();
            for (C c : y.getValue()) current.put(c, passage.apply(c));
            Map<C, List<Match<C>>> matches = match(current, earlier, year, passage, stats, threshold);
            for (C c : y.getValue()) {
                List<Match<C>> ms = matches.getOrDefault(c, List.of());
                out.put(c, new Raised<>(ms, years(y.getKey(), ms, out)));
            }
        }
        return out;
    }

    /**
     * The years a problem of {@code year} has been raised: its own, and those of the problems it repeats and
     * of the problems they repeat in turn ({@code known}: the unit's earlier problems).
     */
    static <C> java.util.SortedSet<Integer> years(int year, List<Match<C>> matches, Map<C, Raised<C>> known) {
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
        years.add(year);
        for (Match<C> m : matches) {
            years.add(m.year());
            Raised<C> before = known.get(m.earlier());
            if (before != null) years.addAll(before.years());
        }
        return years;
    }

    /**
     * True if no other problem of the report is closer to {@code c} than {@code p} is, by likeness alone (that
     * a problem says it goes on does not make it closer to any one earlier problem).
     */
    private static <P, C> boolean closest(Map<P, Map<C, Similarities.Repeat>> scores, P p, C c, double likeness) {
        for (var e : scores.entrySet()) {
            if (!e.getKey().equals(p) && e.getValue().get(c).likeness() > likeness) return false;
        }
        return true;
    }
}
