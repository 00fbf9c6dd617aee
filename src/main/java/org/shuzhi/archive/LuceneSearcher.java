package org.shuzhi.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** {@link ArchiveSearcher} over one acquired IndexSearcher of the embedded archive: a thin wrapper. */
public final class LuceneSearcher implements ArchiveSearcher {
    private final IndexSearcher searcher;

    public LuceneSearcher(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** The searcher wrapped, for what only the embedded index does (segment-wise statistics, facets). */
    public IndexSearcher indexSearcher() {
        return searcher;
    }

    @Override
    public int count(Query q) throws IOException {
        return searcher.count(q);
    }

    @Override
    public int count(Query q, int limit) throws IOException {
        AtLeast c = new AtLeast(limit);
        searcher.search(q, c);
        return c.count;
    }

    @Override
    public int numDocs() {
        return searcher.getIndexReader().numDocs();
    }

    @Override
    public boolean hasDeletions() {
        return searcher.getIndexReader().hasDeletions();
    }

    @Override
    public int docFreq(String field, String term) throws IOException {
        return searcher.getIndexReader().docFreq(new Term(field, term));
    }

    /** In sorted order, segment by segment: sorted seeks reuse the terms dictionary's blocks. */
    @Override
    public Map<String, Integer> docFreqs(String field, Collection<String> terms) throws IOException {
        TreeSet<String> sorted = new TreeSet<>(terms);
        Map<String, Integer> out = new HashMap<>();
        for (String t : sorted) out.put(t, 0);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms ts = leaf.reader().terms(field);
            if (ts == null) continue;
            TermsEnum te = ts.iterator();
            for (String t : sorted) if (te.seekExact(new BytesRef(t))) out.merge(t, te.docFreq(), Integer::sum);
        }
        return out;
    }

    @Override
    public Map<String, TermLookup> lookup(String field, Collection<String> terms) throws IOException {
        Map<String, TermLookup> out = new LinkedHashMap<>();
        for (String t : terms) {
            if (out.containsKey(t)) continue;
            Term term = new Term(field, t);
            TermStates states = TermStates.build(searcher, term, true);
            out.put(t, new TermLookup(new TermQuery(term, states), states.docFreq()));
        }
        return out;
    }

    @Override
    public List<Document> all(Query q) throws IOException {
        return Archive.all(searcher, q);
    }

    @Override
    public List<Document> top(Query q, int n, Sort sort) throws IOException {
        ScoreDoc[] hits = searcher.search(q, Math.max(1, n), sort).scoreDocs;
        StoredFields stored = searcher.storedFields();
        List<Document> out = new ArrayList<>(hits.length);
        for (ScoreDoc sd : hits) out.add(stored.document(sd.doc));
        return out;
    }

    @Override
    public Map<List<String>, Integer> counts(Query q, List<String> fields) throws IOException {
        return DocValuesCounts.count(searcher, q, fields);
    }

    @Override
    public List<Hit> byScore(Query q, int n) throws IOException {
        ScoreDoc[] hits = searcher.search(q, Math.max(1, n)).scoreDocs;
        StoredFields stored = searcher.storedFields();
        List<Hit> out = new ArrayList<>(hits.length);
        for (ScoreDoc sd : hits) out.add(new LuceneHit(sd, stored, this));
        return out;
    }

    /**
     * In one pass: a queue of the {@code n} best, beside it the hits whose score rounds as the queue's lowest, and the
     * scorers told to skip what rounds lower (as a top-n search skips what cannot enter its queue).
     */
    @Override
    public List<Hit> byScoreWithTies(Query q, int n) throws IOException {
        if (n <= 0) return List.of();
        java.util.PriorityQueue<ScoreDoc> best = new java.util.PriorityQueue<>(n, (a, b) -> Float.compare(a.score, b.score));
        List<ScoreDoc> ties = new ArrayList<>();
        float[] floor = {0f};
        searcher.search(q, new Collector() {
            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) {
                int base = context.docBase;
                return new LeafCollector() {
                    private Scorable scorer;

                    @Override
                    public void setScorer(Scorable s) throws IOException {
                        scorer = s;
                        if (floor[0] > 0) s.setMinCompetitiveScore(floor[0]);
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        float score = scorer.score();
                        ScoreDoc hit = new ScoreDoc(base + doc, score);
                        if (best.size() < n) {
                            best.add(hit);
                            if (best.size() == n) raise();
                            return;
                        }
                        ScoreDoc lowest = best.peek();
                        long r = round(score), lowestR = round(lowest.score);
                        if (score > lowest.score) {
                            best.poll();
                            best.add(hit);
                            long now = round(best.peek().score);
                            if (round(lowest.score) == now) ties.add(lowest);
                            if (now > lowestR) ties.removeIf(t -> round(t.score) < now);
                            raise();
                        } else if (r == lowestR) {
                            ties.add(hit);
                        }
                    }

                    /** Skips, from now on, every score that rounds below the queue's lowest. */
                    private void raise() throws IOException {
                        float f = Math.max(0f, Math.nextDown((float) ((round(best.peek().score) - 0.5) / 1000.0)));
                        if (f > floor[0]) {
                            floor[0] = f;
                            scorer.setMinCompetitiveScore(f);
                        }
                    }
                };
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.TOP_SCORES;
            }
        });
        List<ScoreDoc> found = new ArrayList<>(best);
        long lowest = best.isEmpty() ? Long.MIN_VALUE : round(best.peek().score);
        for (ScoreDoc t : ties) if (round(t.score) >= lowest) found.add(t);
        found.sort((a, b) -> Float.compare(b.score, a.score));
        StoredFields stored = searcher.storedFields();
        List<Hit> out = new ArrayList<>(found.size());
        for (ScoreDoc sd : found) out.add(new LuceneHit(sd, stored, this));
        return out;
    }

    private static long round(float score) {
        return Math.round(score * 1000.0);
    }

    /**
     * Each document's report id (as an ordinal into the ids, in term order) and paragraph (-1: none), read once per
     * reader from the index's terms and points: equal scores are ordered by them without reading stored fields.
     */
    private record Keys(int[] report, String[] ids, int[] paragraph) {}

    private static final Map<IndexReader, Keys> KEYS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private Keys keys() throws IOException {
        IndexReader r = searcher.getIndexReader();
        Keys k = KEYS.get(r);
        if (k == null) KEYS.put(r, k = readKeys(r));
        return k;
    }

    private static Keys readKeys(IndexReader r) throws IOException {
        int[] report = new int[r.maxDoc()], paragraph = new int[r.maxDoc()];
        java.util.Arrays.fill(report, -1);
        java.util.Arrays.fill(paragraph, -1);
        List<String> ids = new ArrayList<>();
        Terms terms = org.apache.lucene.index.MultiTerms.getTerms(r, ArchiveSchema.REPORT_ID);
        if (terms != null) {
            TermsEnum te = terms.iterator();
            org.apache.lucene.index.PostingsEnum postings = null;
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                int ord = ids.size();
                ids.add(t.utf8ToString());
                postings = te.postings(postings, org.apache.lucene.index.PostingsEnum.NONE);
                for (int d = postings.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    report[d] = ord;
                }
            }
        }
        for (LeafReaderContext leaf : r.leaves()) {
            org.apache.lucene.index.PointValues points = leaf.reader().getPointValues(ArchiveSchema.PARAGRAPH);
            if (points == null) continue;
            int base = leaf.docBase;
            points.intersect(new org.apache.lucene.index.PointValues.IntersectVisitor() {
                @Override
                public void visit(int doc) {
                    throw new IllegalStateException("every cell crosses: values are visited one by one");
                }

                @Override
                public void visit(int doc, byte[] packed) {
                    paragraph[base + doc] = org.apache.lucene.document.IntPoint.decodeDimension(packed, 0);
                }

                @Override
                public org.apache.lucene.index.PointValues.Relation compare(byte[] min, byte[] max) {
                    return org.apache.lucene.index.PointValues.Relation.CELL_CROSSES_QUERY;
                }
            });
        }
        return new Keys(report, ids.toArray(String[]::new), paragraph);
    }

    /** A hit whose key and fields are read only when asked for: most hits are told apart by score alone. */
    private static final class LuceneHit implements Hit {
        private final ScoreDoc sd;
        private final StoredFields stored;
        private final LuceneSearcher searcher;

        LuceneHit(ScoreDoc sd, StoredFields stored, LuceneSearcher searcher) {
            this.sd = sd;
            this.stored = stored;
            this.searcher = searcher;
        }

        @Override
        public float score() {
            return sd.score;
        }

        @Override
        public String reportId() throws IOException {
            Keys k = searcher.keys();
            int ord = k.report()[sd.doc];
            return ord < 0 ? "" : k.ids()[ord];
        }

        @Override
        public int paragraph() throws IOException {
            return searcher.keys().paragraph()[sd.doc];
        }

        @Override
        public Document document() throws IOException {
            return stored.document(sd.doc);
        }
    }

    @Override
    public IndexReader version() {
        return searcher.getIndexReader();
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
