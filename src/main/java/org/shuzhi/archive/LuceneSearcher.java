package org.shuzhi.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private static final Set<String> KEY_FIELDS = Set.of(ArchiveSchema.REPORT_ID, ArchiveSchema.PARAGRAPH);

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
        for (ScoreDoc sd : hits) out.add(new LuceneHit(sd, stored));
        return out;
    }

    /** A hit whose key and fields are read only when asked for: most hits are told apart by score alone. */
    private static final class LuceneHit implements Hit {
        private final ScoreDoc sd;
        private final StoredFields stored;
        private Document key;

        LuceneHit(ScoreDoc sd, StoredFields stored) {
            this.sd = sd;
            this.stored = stored;
        }

        @Override
        public float score() {
            return sd.score;
        }

        private Document key() throws IOException {
            if (key == null) key = stored.document(sd.doc, KEY_FIELDS);
            return key;
        }

        @Override
        public String reportId() throws IOException {
            return key().get(ArchiveSchema.REPORT_ID);
        }

        @Override
        public int paragraph() throws IOException {
            var f = key().getField(ArchiveSchema.PARAGRAPH);
            return f == null ? -1 : f.numericValue().intValue();
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
