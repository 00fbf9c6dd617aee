package org.shuzhi.archive.overview;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * How many problem paragraphs of a theme the archive holds in a range of years, in all and by year.
 *
 * @param byYear year → count, every year of the range that holds reports (0 where the theme is not raised)
 */
@JsonPropertyOrder({"name", "description", "count", "byYear"})
public record ThemeCount(String name, String description, int count, Map<Integer, Integer> byYear) {
    public ThemeCount {
        byYear = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byYear));
    }
}
