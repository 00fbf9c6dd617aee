package org.shuzhi.archive.overview;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The problem paragraphs behind a figure of the overview: how many, and the first of them, latest year first. */
@JsonPropertyOrder({"total", "problems"})
public record ProblemList(long total, List<Item> problems) {
    public ProblemList {
        problems = List.copyOf(problems);
    }

    /** A problem paragraph of a unit's report; {@code theme} null when none fits. */
    @JsonPropertyOrder({"unit", "unitKey", "year", "paragraph", "theme", "text"})
    public record Item(String unit, String unitKey, int year, int paragraph, String theme, String text) {}
}
