package org.shuzhi.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;

/**
 * The archive's read access at one point in time, whichever engine holds it: what Lucene's IndexSearcher is for
 * one index, for the embedded index ({@link LuceneSearcher}) and a SolrCloud collection alike. Queries are the
 * archive's own Lucene queries ({@link ArchiveQueries}); an engine that cannot run one exactly refuses it. Reads
 * on a searcher see one state of the archive on Lucene; on a cluster, what is committed when each request runs.
 */
public interface ArchiveSearcher {
    /** Reads through a searcher (see {@link ArchiveEngine#read}). */
    @FunctionalInterface
    interface Reader<T> {
        T apply(ArchiveSearcher searcher) throws IOException;
    }

    /** The number of documents matching {@code q}. */
    int count(Query q) throws IOException;

    /** The number of documents matching {@code q}, or any number from {@code limit} up once that many matched. */
    default int count(Query q, int limit) throws IOException {
        return count(q);
    }

    /** Live documents of every kind, as Lucene's {@code IndexReader.numDocs}. */
    int numDocs() throws IOException;

    /** True while deleted documents still count in {@link #docFreqs} (until their segments merge). */
    boolean hasDeletions() throws IOException;

    /**
     * Each term's document frequency in {@code field} as Lucene reports it (deleted documents counted until
     * merged), 0 for a term absent: in one pass over the index, or one request to a cluster.
     */
    Map<String, Integer> docFreqs(String field, Collection<String> terms) throws IOException;

    default int docFreq(String field, String term) throws IOException {
        return docFreqs(field, List.of(term)).getOrDefault(term, 0);
    }

    /**
     * Term queries for {@code terms} with their document frequencies, looked up once: the Lucene searcher's
     * queries carry the term states it looked up, so that running them seeks no term again.
     */
    default Map<String, TermLookup> lookup(String field, Collection<String> terms) throws IOException {
        Map<String, Integer> df = docFreqs(field, terms);
        Map<String, TermLookup> out = new LinkedHashMap<>();
        for (String t : terms) out.put(t, new TermLookup(new TermQuery(new Term(field, t)), df.getOrDefault(t, 0)));
        return out;
    }

    /** A term's query and its document frequency. */
    record TermLookup(Query query, int docFreq) {}

    /**
     * For each term, how many documents matching {@code within} hold it in {@code field}, exactly (live documents
     * only): one request to a cluster (facet queries), a count a term on the embedded index.
     */
    default Map<String, Integer> termCounts(Query within, String field, Collection<String> terms) throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String t : terms) {
            out.put(t, count(new org.apache.lucene.search.BooleanQuery.Builder()
                    .add(within, org.apache.lucene.search.BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(field, t)), org.apache.lucene.search.BooleanClause.Occur.FILTER).build()));
        }
        return out;
    }

    /** Every match's stored fields, in no particular order. */
    List<Document> all(Query q) throws IOException;

    /** The first {@code n} matches in {@code sort}'s order, with their stored fields. */
    List<Document> top(Query q, int n, Sort sort) throws IOException;

    /**
     * The matches of {@code q} counted by their values of {@code fields} (each single-valued and held as doc
     * values), exactly, as text (numbers in decimal); a match without a value of one of them is left out. What the
     * overview counts on an engine without the embedded index's facets.
     */
    default Map<List<String>, Integer> counts(Query q, List<String> fields) throws IOException {
        throw new UnsupportedOperationException("counts by field values on " + getClass().getSimpleName());
    }

    /** The {@code n} best-scoring matches (or all, if fewer), best first, in any order among equal scores. */
    List<Hit> byScore(Query q, int n) throws IOException;

    /** A scored match; its stored fields read when asked for. */
    interface Hit {
        float score();

        /** The key that orders equal scores: the report id and the paragraph (-1 for a report document). */
        String reportId() throws IOException;

        int paragraph() throws IOException;

        Document document() throws IOException;
    }

    /**
     * Matches {@code from} to {@code from + n} by score, in one order on every engine: score (to {@link
     * #SCORE_DIGITS} decimals, so that a sum's last bit does not decide), then report id and paragraph. Equal
     * scores at a page's edge fall the same way however an engine orders them.
     */
    default List<Document> ranked(Query q, int from, int n) throws IOException {
        int end = from + n;
        List<Hit> hits = byScoreWithTies(q, end);
        // only what can be on the page is ordered: hits below the page's last score are left out before any key is read
        List<Hit> sorted = new ArrayList<>(hits.size());
        long last = hits.size() >= end ? rounded(hits.get(end - 1)) : Long.MIN_VALUE;
        for (Hit h : hits) if (rounded(h) >= last) sorted.add(h);
        sorted.sort(RANKING);
        List<Document> out = new ArrayList<>();
        for (int i = from; i < Math.min(end, sorted.size()); i++) out.add(sorted.get(i).document());
        return out;
    }

    /**
     * The {@code n} best-scoring matches and every other match whose score rounds ({@link #SCORE_DIGITS}) as the
     * {@code n}-th's, best first: what it takes to tell which of equal scores fall within the first {@code n}. This
     * default asks {@link #byScore} for more until a lower score follows; an engine that can do it in one pass does.
     */
    default List<Hit> byScoreWithTies(Query q, int n) throws IOException {
        int asked = n + 1;
        while (true) {
            List<Hit> hits = byScore(q, asked);
            if (hits.size() < asked || rounded(hits.get(asked - 1)) < rounded(hits.get(n - 1))) return hits;
            asked *= 4;
        }
    }

    /** Scores are compared to this many decimals. */
    int SCORE_DIGITS = 3;

    static long rounded(Hit h) {
        return Math.round(h.score() * 1000.0);
    }

    /** Score rounded, descending; then report id (by code point, as an index orders terms) and paragraph, ascending. */
    Comparator<Hit> RANKING = (a, b) -> {
        int c = Long.compare(rounded(b), rounded(a));
        if (c != 0) return c;
        try {
            c = compareCodePoints(a.reportId(), b.reportId());
            return c != 0 ? c : Integer.compare(a.paragraph(), b.paragraph());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    };

    private static int compareCodePoints(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i), y = b.codePointAt(j);
            if (x != y) return Integer.compare(x, y);
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /**
     * True when each lookup is a round trip (a cluster): callers then fetch what they will need in batches
     * ({@link ArchiveStatistics#prefetch}); on the embedded index a lookup is cheaper asked when needed.
     */
    default boolean remote() {
        return false;
    }

    /**
     * What identifies the archive's state this searcher reads, for caches of figures that only a write changes
     * (the same object while nothing was written).
     */
    Object version() throws IOException;
}
