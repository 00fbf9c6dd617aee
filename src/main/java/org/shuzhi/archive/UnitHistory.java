package org.shuzhi.archive;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A unit's reports by year (oldest first) with their problem paragraphs, each marked with the earlier
 * years in which the unit already raised it: "年年述、年年改、年年在" made visible.
 */
public record UnitHistory(String unitKey, String unit, List<Year> years) {
    public UnitHistory {
        years = List.copyOf(years);
    }

    @JsonPropertyOrder({"year", "unit", "role", "file", "problems"})
    public record Year(int year, String unit, String role, String file, List<Problem> problems) {
        public Year {
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param earlier the matching problems of earlier years, latest first; empty if the problem is new
     * @param recurrence how many years the problem has been raised, this one included, following the chain of
     *                   repeats (2023 repeats 2022, which repeated 2021: 3)
     */
    @JsonPropertyOrder({"paragraph", "text", "repeated", "recurrence", "earlier"})
    public record Problem(int paragraph, String text, List<PassageRef> earlier, int recurrence) {
        public Problem {
            earlier = List.copyOf(earlier);
        }

        /** Serialised: a record's derived accessors are not properties to Jackson unless named. */
        @JsonProperty("repeated")
        public boolean repeated() {
            return !earlier.isEmpty();
        }
    }
}
