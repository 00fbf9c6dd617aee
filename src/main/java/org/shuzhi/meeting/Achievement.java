package org.shuzhi.meeting;

import java.util.List;

/**
 * A concrete achievement a report gives: the paragraph, what it is about (its heading or lead phrase), the
 * figures and named examples in it (as the NO_DATA rule counts them), and the clause that carries the first
 * of them, in the report's own words.
 */
public record Achievement(int paragraph, String topic, List<String> figures, List<String> names, String clause) {
    public Achievement {
        figures = List.copyOf(figures);
        names = List.copyOf(names);
    }
}
