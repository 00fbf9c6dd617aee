package org.shuzhi.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
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
                  Map<String, Integer> phraseCounts, int[] reports, Map<String, Integer> baseGramDf,
                  java.util.List<org.apache.lucene.index.LeafReaderContext> newLeaves, java.util.Set<Object> segments) {
        /** Beyond this many entries a map starts over: bounded memory whatever the traffic. */
        private static final int MAX_ENTRIES = 1 << 20;

        public Shared(IndexReader reader) {
            this(reader, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new int[] {-1, -1}, null, null,
                    segments(reader));
        }

        /** For an archive not read through one index reader (a cluster): kept by its owner while nothing is written. */
        public static Shared unread() {
            return new Shared(null, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new int[] {-1, -1}, null, null,
                    java.util.Set.of());
        }

        /** The reader's segments, by the key of each segment's core (the same while the segment lives). */
        private static java.util.Set<Object> segments(IndexReader reader) {
            java.util.Set<Object> out = new java.util.HashSet<>();
            for (var leaf : reader.leaves()) out.add(leaf.reader().getCoreCacheHelper().getKey());
            return out;
        }

        /**
         * The statistics of {@code reader}, built on those of an earlier reader whose segments it still holds
         * unchanged (a bulk load that adds a segment a batch and merges none): a bigram's frequency already
         * known there is that plus its frequency in the new segments alone, exactly (a segment's counts never
         * change; deleted documents count until merged, in both). Without such an earlier reader, from scratch.
         */
        public static Shared after(IndexReader reader, Shared earlier) {
            if (earlier == null) return new Shared(reader);
            java.util.Set<Object> before = earlier.segments();
            java.util.Set<Object> now = new java.util.HashSet<>();
            java.util.List<org.apache.lucene.index.LeafReaderContext> added = new java.util.ArrayList<>();
            for (var leaf : reader.leaves()) {
                Object key = leaf.reader().getCoreCacheHelper().getKey();
                now.add(key);
                if (!before.contains(key)) added.add(leaf);
            }
            if (!now.containsAll(before)) return new Shared(reader);
            return new Shared(reader, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new int[] {-1, -1},
                    earlier.gramDf(), java.util.List.copyOf(added), now);
        }

        /** The exact number of reports holding a phrase ({@code counter} asked once per phrase and reader). */
        int count(String phrase, java.util.function.ToIntFunction<String> counter) {
            bound(phraseCounts);
            Integer known = phraseCounts.get(phrase);
            return known != null ? known : phraseCounts.computeIfAbsent(phrase, counter::applyAsInt);
        }

        private static <K, V> void bound(Map<K, V> m) {
            if (m.size() > MAX_ENTRIES) m.clear();
        }
    }

    private final ArchiveSearcher searcher;
    private final int reports;
    private final String excludeHash;
    private final Shared shared;
    private final Map<String, Boolean> stock = new HashMap<>();
    /** Per passage's letters (by identity), whether the piece at each position is stock: 0 not asked, 1 yes, 2 no. */
    private final Map<String, byte[]> stockAt = new java.util.IdentityHashMap<>();

    /**
     * As {@link #stock}, for the piece of {@code length} letters at {@code at} in {@code letters}: the passage
     * under review is compared with many candidates, each asking about the same positions again.
     */
    boolean stockAt(String letters, int at, int length, int limit) {
        byte[] marks = stockAt.computeIfAbsent(letters, l -> new byte[l.length()]);
        if (marks[at] == 0) marks[at] = stock(letters.substring(at, at + length), limit) ? (byte) 1 : (byte) 2;
        return marks[at] == 1;
    }

    /** Words' idf for this check: a word is weighed again in every comparison it takes part in. */
    private final Map<String, Double> wordIdfs = new HashMap<>();
    /** Squared idf norms of the word and bigram sets compared, by identity: a problem is compared with many. */
    private final Map<java.util.Set<String>, Double> wordNorms = new java.util.IdentityHashMap<>();
    private final Map<java.util.Set<String>, Double> gramNorms = new java.util.IdentityHashMap<>();

    /** @param excludeHash content hash of the report under review: it never counts as a report sharing a phrase */
    ArchiveStatistics(IndexSearcher searcher, String excludeHash) throws IOException {
        this(searcher, excludeHash, new Shared(searcher.getIndexReader()));
    }

    public ArchiveStatistics(IndexSearcher searcher, String excludeHash, Shared shared) throws IOException {
        this(new LuceneSearcher(searcher), excludeHash, shared);
    }

    public ArchiveStatistics(ArchiveSearcher searcher, String excludeHash, Shared shared) throws IOException {
        this.searcher = searcher;
        this.shared = shared;
        if (shared.reports()[0] < 0) shared.reports()[0] = searcher.count(ArchiveQueries.reports());
        this.reports = shared.reports()[0];
        this.excludeHash = excludeHash;
    }

    int reports() {
        return reports;
    }

    /**
     * The number of paragraph documents, what a piece's rarity among paragraphs is weighed against: counted, not
     * taken from the index's document total, which holds other kinds (reports, unit facts) an engine may not hold alike.
     */
    int paragraphs() throws IOException {
        int[] counts = shared.reports();
        if (counts[1] < 0) counts[1] = searcher.count(ArchiveQueries.paragraphs());
        return counts[1];
    }

    double wordNorm(java.util.Set<String> words) {
        Double n = wordNorms.get(words);
        if (n == null) wordNorms.put(words, n = PassageSimilarity.squaredNorm(words, this::wordIdf));
        return n;
    }

    double gramNorm(java.util.Set<String> grams) {
        Double n = gramNorms.get(grams);
        if (n == null) gramNorms.put(grams, n = PassageSimilarity.squaredNorm(grams, this::gramIdf));
        return n;
    }

    /**
     * Looks up the frequencies of many bigrams at once, in sorted order, segment by segment: sorted seeks reuse
     * the terms dictionary's blocks, several times cheaper than one lookup a bigram across every segment. What a
     * commit's facts are about to ask for.
     */
    public void prefetchGrams(java.util.Collection<String> grams) throws IOException {
        // each bigram not known yet: its count so far, and whether an earlier reader already counted the old segments
        java.util.TreeMap<String, int[]> todo = new java.util.TreeMap<>();
        Map<String, Integer> base = shared.baseGramDf();
        for (String g : grams) {
            if (shared.gramDf().containsKey(g) || todo.containsKey(g)) continue;
            Integer before = base == null ? null : base.get(g);
            todo.put(g, before == null ? new int[] {0, 0} : new int[] {before, 1});
        }
        if (todo.isEmpty()) return;
        if (base == null || !(searcher instanceof LuceneSearcher lucene)) {
            Map<String, Integer> df = searcher.docFreqs(ArchiveSchema.GRAMS, todo.keySet());
            for (var e : todo.entrySet()) e.getValue()[0] = df.getOrDefault(e.getKey(), 0);
        } else {
            java.util.Set<org.apache.lucene.index.LeafReaderContext> added = shared.newLeaves() == null ? java.util.Set.of()
                    : java.util.Set.copyOf(shared.newLeaves());
            for (var leaf : lucene.indexSearcher().getIndexReader().leaves()) {
                org.apache.lucene.index.Terms terms = leaf.reader().terms(ArchiveSchema.GRAMS);
                if (terms == null) continue;
                org.apache.lucene.index.TermsEnum te = terms.iterator();
                boolean isNew = added.contains(leaf);
                for (var e : todo.entrySet()) {
                    int[] df = e.getValue();
                    if (df[1] == 1 && !isNew) continue; // counted in the earlier reader's figure
                    if (te.seekExact(new org.apache.lucene.util.BytesRef(e.getKey()))) df[0] += te.docFreq();
                }
            }
        }
        Shared.bound(shared.gramDf());
        for (var e : todo.entrySet()) shared.gramDf().putIfAbsent(e.getKey(), e.getValue()[0]);
    }

    /**
     * On an engine where each lookup is a round trip ({@link ArchiveSearcher#remote}): the bigram frequencies the
     * comparisons of {@code problems} and the weights of {@code words} will ask for, and whether each piece of
     * {@code copyable}'s letters is stock, fetched in a few requests instead of one a bigram or piece. Answers as
     * the lookups one at a time would; on the embedded index nothing is fetched ahead.
     */
    void prefetch(java.util.Collection<Passage> problems, java.util.Collection<Passage> copyable, java.util.Collection<String> words)
            throws IOException {
        if (!searcher.remote()) return;
        java.util.Set<String> grams = new java.util.HashSet<>();
        for (Passage p : problems) p.repeatGrams(grams);
        for (String w : words) {
            String n = org.shuzhi.nlp.TextNormalizer.normalize(w);
            for (int i = 0; i + 1 < n.length(); i++) grams.add(n.substring(i, i + 2));
        }
        prefetchGrams(grams);
        java.util.Set<String> pieces = new java.util.TreeSet<>();
        for (Passage p : copyable) {
            String letters = p.letters().letters();
            for (int i = 0; i + Similarities.SHINGLE <= letters.length(); i++) pieces.add(letters.substring(i, i + Similarities.SHINGLE));
        }
        pieces.removeAll(stock.keySet());
        if (pieces.isEmpty()) return;
        java.util.List<String> unknown = pieces.stream().filter(p -> !shared.shingleDf().containsKey(p)).toList();
        if (!unknown.isEmpty()) {
            Map<String, Integer> df = searcher.docFreqs(ArchiveSchema.SHINGLES, unknown);
            Shared.bound(shared.shingleDf());
            for (String p : unknown) shared.shingleDf().putIfAbsent(p, df.getOrDefault(p, 0));
        }
        // as stock() decides: below the limit no, above it yes unless deleted reports count; counted exactly otherwise
        int limit = org.shuzhi.rules.PhraseCommonness.stockLimit(reports);
        boolean deletions = searcher.hasDeletions();
        java.util.List<String> exact = new java.util.ArrayList<>();
        for (String p : pieces) {
            Integer df = shared.shingleDf().get(p);
            if (df == null) continue; // the map started over meanwhile: asked one at a time
            if (df < limit) stock.put(p, false);
            else if (df > limit && !deletions) stock.put(p, true);
            else exact.add(p);
        }
        if (exact.isEmpty()) return;
        Query others = excludeHash == null ? new org.apache.lucene.search.MatchAllDocsQuery()
                : new BooleanQuery.Builder().add(new org.apache.lucene.search.MatchAllDocsQuery(), Occur.MUST)
                        .add(new TermQuery(new Term(ArchiveSchema.CONTENT_HASH, excludeHash)), Occur.MUST_NOT).build();
        Map<String, Integer> counts = searcher.termCounts(others, ArchiveSchema.SHINGLES, exact);
        for (String p : exact) stock.put(p, counts.getOrDefault(p, 0) >= limit);
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
        Double known = wordIdfs.get(word);
        if (known != null) return known;
        String w = org.shuzhi.nlp.TextNormalizer.normalize(word);
        int df = Integer.MAX_VALUE;
        for (int i = 0; i + 1 < w.length(); i++) df = Math.min(df, gramDf(w.substring(i, i + 2)));
        double idf = idf(df == Integer.MAX_VALUE ? 0 : df);
        wordIdfs.put(word, idf);
        return idf;
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
            Term term = new Term(ArchiveSchema.GRAMS, gram);
            Integer before = shared.baseGramDf() == null ? null : shared.baseGramDf().get(gram);
            int df;
            if (before != null) {
                df = before;
                for (var leaf : shared.newLeaves()) df += leaf.reader().docFreq(term);
            } else {
                df = searcher.docFreq(ArchiveSchema.GRAMS, gram);
            }
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
            // counts deleted reports and the report under review if archived: an upper bound. A plain read
            // first: computeIfAbsent locks the bin when the key is not its first entry, and the piece is mostly known
            Integer known = shared.shingleDf().get(p);
            int df = known != null ? known : shared.shingleDf().computeIfAbsent(p, this::shingleDf);
            if (df < limit) return false;
            if (df > limit && !hasDeletions()) return true;
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
            return searcher.docFreq(ArchiveSchema.SHINGLES, piece);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean hasDeletions() {
        try {
            return searcher.hasDeletions();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reports matching {@code q}, counted up to {@code limit}. */
    private int count(Query q, int limit) {
        try {
            return searcher.count(q, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
