package org.shuzhi.archive.overview;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The organization department's view of a range of years: problem themes by count and year, the problems units
 * raise in two and in three or more of those years, and how each report answered the commitments of the one
 * before. Counts cover everything; the lists hold the first {@link OverviewQuery#limit()} rows.
 *
 * @param from          the first year counted (the archive's first when not asked), null for an empty archive
 * @param unitKey       the unit asked for, or null for all units
 * @param reportsByYear year → reports archived, for every year of the range that has any
 */
@JsonPropertyOrder({"from", "to", "unit", "unitKey", "years", "reports", "reportsByYear", "themes", "coverage", "recurring",
        "recurringCounts", "commitments", "commitmentTotals"})
public record Overview(Integer from, Integer to, String unit, String unitKey, List<Integer> years, int reports,
                       Map<Integer, Integer> reportsByYear, List<ThemeCount> themes, Coverage coverage, List<Recurring> recurring,
                       RecurringCounts recurringCounts, List<CommitmentCount> commitments, CommitmentTotals commitmentTotals) {
    public Overview {
        years = List.copyOf(years);
        reportsByYear = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(reportsByYear));
        themes = List.copyOf(themes);
        recurring = List.copyOf(recurring);
        commitments = List.copyOf(commitments);
    }

    /**
     * A problem a unit raised in two or more years of the range, shown at the latest of them.
     *
     * @param problem   the latest year's wording
     * @param paragraph its paragraph in that year's report
     * @param years     the years of the range it was raised in, following the chain of repeats, oldest first
     */
    @JsonPropertyOrder({"unit", "unitKey", "year", "paragraph", "problem", "theme", "years"})
    public record Recurring(String unit, String unitKey, int year, int paragraph, String problem, String theme, List<Integer> years) {
        public Recurring {
            years = List.copyOf(years);
        }
    }

    /**
     * How many problems were raised in exactly two years of the range and in three or more, and by how many units
     * (a unit counts under three or more when any of its problems does, else under two).
     */
    @JsonPropertyOrder({"twice", "threeOrMore", "unitsTwice", "unitsThreeOrMore"})
    public record RecurringCounts(int twice, int threeOrMore, int unitsTwice, int unitsThreeOrMore) {}

    /** A report's answers to the checkable commitments of the unit's report before it. */
    @JsonPropertyOrder({"unit", "unitKey", "year", "answered", "partly", "notAnswered"})
    public record CommitmentCount(String unit, String unitKey, int year, int answered, int partly, int notAnswered) {}

    /** All reports of the range that had commitments to answer, and the commitments by how they were answered. */
    @JsonPropertyOrder({"reports", "commitments", "answered", "partly", "notAnswered"})
    public record CommitmentTotals(int reports, int commitments, int answered, int partly, int notAnswered) {}
}
