package org.shuzhi.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;

/**
 * How common a character bigram, a word or a phrase is across the archive's reports, from the report
 * documents' {@link ArchiveSchema#GRAMS} field. One instance per check; what holds for every review of the
 * same reader is kept in {@link Shared}.
 */
public final class ArchiveStatistics {
    /**
     * What does not depend on the report under review, for one index reader: bigram and letter-piece
     * document frequencies and how many reports hold a phrase. Reviews over the same reader look up the same
     * stock pieces again and again.
     */
    public record Shared(IndexReader reader, Map<String, Integer> gramDf, Map<String, Integer> shingleDf,
                  Map<String, Integer> phraseCounts, int[] reports) {
        /** Beyond this many entries a map starts over: bounded memory whatever the traffic. */
        private static final int MAX_ENTRIES = 1 << 20;

        public Shared(IndexReader reader) {
            this(reader, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new int[] {-1});
        }

        /** The exact number of reports holding a phrase ({@code counter} asked once per phrase and reader). */
        int count(String phrase, java.util.function.ToIntFunction<String> counter) {
            bound(phraseCounts);
            return phraseCounts.computeIfAbsent(phrase, counter::applyAsInt);
        }

        private static <K, V> void bound(Map<K, V> m) {
            if (m.size() > MAX_ENTRIES) m.clear();
        }
    }

    private final IndexSearcher searcher;
    private final int reports;
    private final String excludeHash;
    private final Shared shared;
    private final Map<String, Boolean> stock = new HashMap<>();

    /** @param excludeHash content hash of the report under review: it never counts as a report sharing a phrase */
    ArchiveStatistics(IndexSearcher searcher, String excludeHash) throws IOException {
        this(searcher, excludeHash, new Shared(searcher.getIndexReader()));
    }

    public ArchiveStatistics(IndexSearcher searcher, String excludeHash, Shared shared) throws IOException {
        this.searcher = searcher;
        this.shared = shared;
        if (shared.reports()[0] < 0) shared.reports()[0] = searcher.count(ArchiveQueries.reports());
        this.reports = shared.reports()[0];
        this.excludeHash = excludeHash;
    }

    int reports() {
        return reports;
    }

    /** Inverse document frequency (reports) of a character bigram, at least a small positive weight. */
    double gramIdf(String gram) {
        return idf(gramDf(gram));
    }

    /**
     * Inverse document frequency of a word: its rarest bigram's, an upper bound of its reports that needs
     * no word index, so it works whatever tokens the text field was built with.
     */
    double wordIdf(String word) {
        String w = org.shuzhi.nlp.TextNormalizer.normalize(word);
        int df = Integer.MAX_VALUE;
        for (int i = 0; i + 1 < w.length(); i++) df = Math.min(df, gramDf(w.substring(i, i + 2)));
        return idf(df == Integer.MAX_VALUE ? 0 : df);
    }

    private double idf(int df) {
        return Math.log(1 + (reports + 1.0) / (df + 1.0));
    }

    private int gramDf(String gram) {
        Integer known = shared.gramDf().get(gram);
        if (known != null) return known;
        Shared.bound(shared.gramDf());
        // looked up outside the map's lock: threads computing facts for many units ask for the same bigrams
        try {
            int df = searcher.getIndexReader().docFreq(new Term(ArchiveSchema.GRAMS, gram));
            shared.gramDf().putIfAbsent(gram, df);
            return df;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * True when {@code piece} ({@link ArchiveSchema#SHINGLE_LENGTH} letters, punctuation dropped) stands in at
     * least {@code limit} reports other than the one under review: a stock formulation that any report may
     * share, not a sign of copying. One term lookup; a query only at the limit or over deleted reports.
     */
    boolean stock(String piece, int limit) {
        return stock.computeIfAbsent(piece, p -> {
            Shared.bound(shared.shingleDf());
            // counts deleted reports and the report under review if archived: an upper bound
            int df = shared.shingleDf().computeIfAbsent(p, this::shingleDf);
            if (df < limit) return false;
            if (df > limit && !searcher.getIndexReader().hasDeletions()) return true;
            Query q = new TermQuery(new Term(ArchiveSchema.SHINGLES, p));
            if (excludeHash != null) {
                q = new BooleanQuery.Builder().add(q, Occur.MUST)
                        .add(new TermQuery(new Term(ArchiveSchema.CONTENT_HASH, excludeHash)), Occur.MUST_NOT).build();
            }
            return count(q, limit) >= limit;
        });
    }

    private int shingleDf(String piece) {
        try {
            return searcher.getIndexReader().docFreq(new Term(ArchiveSchema.SHINGLES, piece));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reports matching {@code q}, counted up to {@code limit}. */
    private int count(Query q, int limit) {
        try {
            AtLeast c = new AtLeast(limit);
            searcher.search(q, c);
            return c.count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts hits up to a limit, then skips the rest of the index. */
    private static final class AtLeast implements Collector {
        private final int limit;
        private int count;

        AtLeast(int limit) {
            this.limit = limit;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            if (count >= limit) throw new CollectionTerminatedException();
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) {
                    if (++count >= limit) throw new CollectionTerminatedException();
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
