package org.shuzhi.archive;

import org.shuzhi.rules.PhraseCommonness;
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
final class ArchiveStatistics {
    /**
     * What does not depend on the report under review, for one index reader: bigram document frequencies
     * and how many reports hold a phrase (counted up to a cap). Reviews over the same reader look up the
     * same stock phrases again and again; a phrase query costs far more than a map lookup.
     */
    record Shared(IndexReader reader, Map<String, Integer> gramDf, Map<String, Integer> phraseReports,
                  Map<String, Integer> phraseCounts, int[] reports) {
        /** Beyond this many entries a map starts over: bounded memory whatever the traffic. */
        private static final int MAX_ENTRIES = 1 << 20;

        Shared(IndexReader reader) {
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

    ArchiveStatistics(IndexSearcher searcher, String excludeHash, Shared shared) throws IOException {
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
        Shared.bound(shared.gramDf());
        return shared.gramDf().computeIfAbsent(gram, g -> {
            try {
                return searcher.getIndexReader().docFreq(new Term(ArchiveSchema.GRAMS, g));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * True when {@code phrase} stands in at least {@code limit} other reports: a stock formulation that
     * any report may share, not a sign of copying. Stops counting at the limit.
     */
    boolean stock(String phrase, int limit) {
        return stock.computeIfAbsent(phrase, p -> {
            // a phrase is in no more reports than its rarest bigram: most rare phrases need no query
            String t = org.shuzhi.nlp.TextNormalizer.normalize(p);
            for (int i = 0; i + 1 < t.length(); i++) {
                if (han(t.charAt(i)) && han(t.charAt(i + 1)) && gramDf(t.substring(i, i + 2)) < limit) return false;
            }
            // counted once per reader for every review, one past the limit: the report under review may be one of them
            Shared.bound(shared.phraseReports());
            // the limit follows from the reader's report count, the same for every review of it; another limit is not cached
            int holding = limit == PhraseCommonness.stockLimit(reports)
                    ? shared.phraseReports().computeIfAbsent(p, k -> reportsHolding(p, limit + 1))
                    : reportsHolding(p, limit + 1);
            if (excludeHash == null || holding != limit) return holding >= limit;
            Query q = new BooleanQuery.Builder().add(ArchiveQueries.phrase(p), Occur.MUST)
                    .add(new TermQuery(new Term(ArchiveSchema.CONTENT_HASH, excludeHash)), Occur.MUST_NOT).build();
            return count(q, limit) >= limit;
        });
    }

    /**
     * Reports whose text holds {@code phrase}, counted up to {@code limit}. A run of Chinese characters of the
     * shingle length is one term of {@link ArchiveSchema#SHINGLES}: the same reports as the phrase query over
     * bigrams (which chains bigrams only across adjacent Chinese characters), as long as no deleted document
     * still counts in the term's frequency.
     */
    private int reportsHolding(String phrase, int limit) {
        if (phrase.length() == ArchiveSchema.SHINGLE_LENGTH && !searcher.getIndexReader().hasDeletions()
                && phrase.chars().allMatch(c -> ArchiveSchema.han((char) c))) {
            try {
                return Math.min(limit, searcher.getIndexReader().docFreq(new Term(ArchiveSchema.SHINGLES, phrase)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return count(ArchiveQueries.phrase(phrase), limit);
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

    /** The grams field holds bigrams of Chinese characters only (digits and Latin are whole tokens). */
    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
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
