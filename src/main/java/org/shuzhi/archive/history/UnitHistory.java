package org.shuzhi.archive.history;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A unit's reports by year (oldest first): each year's problems, marked with the earlier years in which the unit
 * already raised them ("年年述、年年改、年年在" made visible) and with their theme; last year's checkable
 * commitments and how this year's report answers each; and, filled in by the review layer (the archive does not
 * review), the report's length, shares, suggested outcome and finding counts.
 */
public record UnitHistory(String unitKey, String unit, List<Year> years) {
    public UnitHistory {
        years = List.copyOf(years);
    }

    /** The same history with each year's review as {@code review} gives it (null leaves a year without). */
    public UnitHistory withReviews(Function<Year, YearReview> review) {
        List<Year> out = new ArrayList<>();
        for (Year y : years) out.add(new Year(y.year(), y.unit(), y.role(), y.file(), y.problems(), y.commitments(), review.apply(y)));
        return new UnitHistory(unitKey, unit, out);
    }

    /**
     * @param commitments the checkable commitments of the unit's previous report and how this one answers them
     *                    (empty for the first year, or when the previous report made none that can be checked)
     * @param review      this report reviewed against the archive as of its year, or null when not asked for
     */
    @JsonPropertyOrder({"year", "unit", "role", "file", "problems", "commitments", "review"})
    public record Year(int year, String unit, String role, String file, List<Problem> problems, List<Commitment> commitments,
                       YearReview review) {
        public Year {
            problems = List.copyOf(problems);
            commitments = List.copyOf(commitments);
        }
    }

    /**
     * @param theme      the problem's theme (archive/problem-themes.yaml), or null
     * @param earlier    the matching problems of earlier years, latest first; empty if the problem is new
     * @param recurrence how many years the problem has been raised, this one included, following the chain of
     *                   repeats (2023 repeats 2022, which repeated 2021: 3)
     * @param years      those years, oldest first
     */
    @JsonPropertyOrder({"paragraph", "text", "theme", "repeated", "recurrence", "years", "earlier"})
    public record Problem(int paragraph, String text, String theme, List<PassageRef> earlier, int recurrence, List<Integer> years) {
        public Problem {
            earlier = List.copyOf(earlier);
            years = List.copyOf(years);
        }

        /** Serialised: a record's derived accessors are not properties to Jackson unless named. */
        @JsonProperty("repeated")
        public boolean repeated() {
            return !earlier.isEmpty();
        }
    }

    /**
     * A commitment of the previous report and this report's answer to it.
     *
     * @param year      the year of the report that made it
     * @param paragraph its paragraph there
     * @param status    answered / partly / notAnswered (notAnswered: what COMMITMENT_NOT_ADDRESSED flags)
     * @param share     the rarity-weighted share of its key terms this report names
     * @param answer    the paragraph of this report that names most of them, or null
     * @param named     the key terms this report names
     * @param missing   those it never names
     */
    @JsonPropertyOrder({"year", "paragraph", "text", "status", "share", "answer", "named", "missing"})
    public record Commitment(int year, int paragraph, String text, CommitmentFact.Status status, double share, Answer answer,
                             List<String> named, List<String> missing) {
        public Commitment {
            named = List.copyOf(named);
            missing = List.copyOf(missing);
        }
    }

    /** A paragraph of this year's report that answers a commitment. */
    public record Answer(int paragraph, String text) {}

    /**
     * A report as the reviewer judges it today against the archive of its own and earlier years.
     *
     * @param findings counts by severity ({@code error}, {@code warning}, {@code info}) and {@code total}
     * @param rules    counts by rule code
     */
    @JsonPropertyOrder({"chars", "shares", "outcome", "reasons", "findings", "rules"})
    public record YearReview(int chars, Map<String, Double> shares, String outcome, List<String> reasons,
                             Map<String, Integer> findings, Map<String, Integer> rules) {
        public YearReview {
            shares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shares));
            reasons = List.copyOf(reasons);
            findings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(findings));
            rules = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rules));
        }
    }
}
