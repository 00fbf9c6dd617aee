package org.shuzhi.archive;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Paragraphs matching a search, best first; {@code total} counts all matches, not just those returned.
 * {@code unit}: how the query's unit was understood, present only when the query names a unit.
 */
public record SearchResult(long total, List<SearchHit> hits, @JsonInclude(JsonInclude.Include.NON_NULL) UnitMatch unit) {
    public SearchResult {
        hits = List.copyOf(hits);
    }

    public SearchResult(long total, List<SearchHit> hits) {
        this(total, hits, null);
    }

    /**
     * The unit a search was filtered by: as given, the archived units it stands for (any spelling or
     * party-organisation level of the same unit), and, when it stands for none, the nearest units held.
     */
    public record UnitMatch(String given, List<String> matched, List<String> suggestions) {
        public UnitMatch {
            matched = List.copyOf(matched);
            suggestions = List.copyOf(suggestions);
        }
    }
}
