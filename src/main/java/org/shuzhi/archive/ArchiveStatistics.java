package org.shuzhi.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
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
 * documents' {@link ArchiveSchema#GRAMS} field. One instance per check: it caches what it looked up.
 */
final class ArchiveStatistics {
    private final IndexSearcher searcher;
    private final int reports;
    private final String excludeHash;
    private final Map<String, Integer> gramDf = new HashMap<>();
    private final Map<String, Boolean> stock = new HashMap<>();

    /** @param excludeHash content hash of the report under review: it never counts as a report sharing a phrase */
    ArchiveStatistics(IndexSearcher searcher, String excludeHash) throws IOException {
        this.searcher = searcher;
        this.reports = searcher.count(ArchiveQueries.reports());
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
        return gramDf.computeIfAbsent(gram, g -> {
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
            Query q = ArchiveQueries.phrase(p);
            if (excludeHash != null) {
                q = new BooleanQuery.Builder().add(q, Occur.MUST)
                        .add(new TermQuery(new Term(ArchiveSchema.CONTENT_HASH, excludeHash)), Occur.MUST_NOT).build();
            }
            try {
                AtLeast c = new AtLeast(limit);
                searcher.search(q, c);
                return c.count >= limit;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
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
