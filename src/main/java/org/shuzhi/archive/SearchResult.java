package org.shuzhi.archive;

import java.util.List;

/** Paragraphs matching a search, best first; {@code total} counts all matches, not just those returned. */
public record SearchResult(long total, List<SearchHit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
