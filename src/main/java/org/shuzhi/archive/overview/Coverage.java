package org.shuzhi.archive.overview;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * How far the themes cover the problems counted: problem paragraphs, those with a theme, those without, and
 * the share without (what no theme of the taxonomy names: a cause, an excuse, a problem outside party building,
 * or a gap in the taxonomy).
 *
 * @param unthemedByYear year → problems without a theme
 */
@JsonPropertyOrder({"problems", "themed", "unthemed", "unthemedShare", "problemsByYear", "unthemedByYear"})
public record Coverage(int problems, int themed, int unthemed, double unthemedShare, Map<Integer, Integer> problemsByYear,
                       Map<Integer, Integer> unthemedByYear) {
    public Coverage {
        problemsByYear = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(problemsByYear));
        unthemedByYear = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(unthemedByYear));
    }
}
