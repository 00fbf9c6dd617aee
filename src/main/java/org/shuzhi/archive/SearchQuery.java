package org.shuzhi.archive;

import org.shuzhi.document.Part;

/**
 * A search over archived paragraphs: BM25 on {@code text}, filtered by year range, unit (any spelling:
 * it is reduced to its {@link UnitKey}) and label. Null filters match everything.
 */
public record SearchQuery(String text, Integer yearFrom, Integer yearTo, String unit, Part label, int limit) {
    public static final int DEFAULT_LIMIT = 20;

    public SearchQuery {
        if (limit <= 0) limit = DEFAULT_LIMIT;
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, DEFAULT_LIMIT);
    }
}
