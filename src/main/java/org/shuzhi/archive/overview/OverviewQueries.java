package org.shuzhi.archive.overview;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.shuzhi.archive.ArchiveSchema;

/** The overview's queries, over the fields of {@link ArchiveSchema}. */
final class OverviewQueries {
    private OverviewQueries() {}

    /** The report documents of a range of years (null: open), of one unit or all. */
    static Query reports(Integer from, Integer to, String unitKey) {
        return typed(ArchiveSchema.TYPE_REPORT, from, to, unitKey);
    }

    /** The problem paragraphs (as the archive marks them) of a range of years, of one unit or all. */
    static Query problems(Integer from, Integer to, String unitKey) {
        return new BooleanQuery.Builder()
                .add(typed(ArchiveSchema.TYPE_PARAGRAPH, from, to, unitKey), Occur.FILTER)
                .add(new TermQuery(new Term(ArchiveSchema.PROBLEM, ArchiveSchema.PROBLEM_YES)), Occur.FILTER)
                .build();
    }

    private static Query typed(String type, Integer from, Integer to, String unitKey) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ArchiveSchema.TYPE, type)), Occur.FILTER)
                .add(IntPoint.newRangeQuery(ArchiveSchema.YEAR, from == null ? Integer.MIN_VALUE : from,
                        to == null ? Integer.MAX_VALUE : to), Occur.FILTER);
        if (unitKey != null) b.add(new TermQuery(new Term(ArchiveSchema.UNIT_KEY, unitKey)), Occur.FILTER);
        return b.build();
    }
}
