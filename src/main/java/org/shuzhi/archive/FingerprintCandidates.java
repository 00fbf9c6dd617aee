package org.shuzhi.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.shuzhi.rules.PhraseCommonness;

/**
 * Copy candidates from the index: the other units' paragraphs holding the most of the passage's rare
 * {@link Fingerprints} ({@link ArchiveSchema#PIECES}, each weighted by its rarity). Every paragraph sharing a
 * stretch long enough to be a copy shares a fingerprint; a copy, most of the passage verbatim, shares many,
 * so it ranks near the top. Where many reworded copies of one text share about as much, the one that holds
 * most of it outside stock pieces may rank lower: the check then reads further pages ({@link #PAGES}).
 */
final class FingerprintCandidates implements CandidateSource {
    /**
     * Candidates in each page, then in total: the first page settles almost every passage; the next ones are
     * read only while the check comes close to a copy without confirming one.
     */
    static final int[] PAGES = {10, 50, 200};
    /** The rarest pieces queried: a long paragraph has hundreds, a copy shares many of the rare ones. */
    static final int MAX_PIECES = 128;
    /**
     * A piece in more paragraphs than this many times the stock limit is a stock formulation, which
     * {@link Similarities#copy} does not count: its long postings would cost much and show nothing.
     */
    static final int STOCK_FACTOR = 4;

    @Override
    public <P> Map<P, Pages> others(IndexSearcher s, ArchiveStatistics stats, Map<P, Passage> passages, ArchiveChecks.Self self)
            throws IOException {
        int stockLimit = PhraseCommonness.stockLimit(stats.reports());
        int maxDf = STOCK_FACTOR * stockLimit + 16;
        int paragraphs = s.getIndexReader().numDocs();
        // the same piece in several paragraphs of the report is looked up once
        Map<String, Piece> looked = new HashMap<>();
        StoredFields stored = s.storedFields();
        Map<P, Pages> out = new LinkedHashMap<>();
        for (var e : passages.entrySet()) {
            List<Piece> kept = new ArrayList<>();
            for (String text : Fingerprints.of(e.getValue().normalized())) {
                Piece piece = looked.get(text);
                if (piece == null) {
                    Term term = new Term(ArchiveSchema.PIECES, text);
                    looked.put(text, piece = new Piece(term, TermStates.build(s, term, true)));
                }
                if (piece.states().docFreq() == 0 || piece.states().docFreq() > maxDf) continue;
                kept.add(piece);
            }
            if (kept.isEmpty()) continue;
            if (kept.size() > MAX_PIECES) {
                kept.sort(Comparator.comparingInt(p -> p.states().docFreq()));
                kept = kept.subList(0, MAX_PIECES);
            }
            // a piece as common as a stock formulation (whose letters the copy check does not count) finds, does not rank
            Query q = ArchiveQueries.pieces(kept.stream().map(Piece::states).toList(), kept.stream().map(Piece::term).toList(),
                    stockLimit, paragraphs, self.unitKey(), self.year(), self.id(), self.hash());
            out.put(e.getKey(), new Ranked(s, stored, q));
        }
        return out;
    }

    /** A fingerprint with its term statistics. */
    private record Piece(Term term, TermStates states) {}

    /** The query's hits page by page ({@link #PAGES}), each page continuing after the last hit of the one before. */
    private static final class Ranked implements Pages {
        private final IndexSearcher searcher;
        private final StoredFields stored;
        private final Query query;
        private ScoreDoc after;
        private int page;

        Ranked(IndexSearcher searcher, StoredFields stored, Query query) {
            this.searcher = searcher;
            this.stored = stored;
            this.query = query;
        }

        @Override
        public List<ArchiveChecks.Candidate> next() throws IOException {
            if (page >= PAGES.length || (page > 0 && after == null)) return List.of();
            int n = PAGES[page] - (page == 0 ? 0 : PAGES[page - 1]);
            page++;
            ScoreDoc[] hits = (after == null ? searcher.search(query, n) : searcher.searchAfter(after, query, n)).scoreDocs;
            after = hits.length < n ? null : hits[hits.length - 1];
            List<ArchiveChecks.Candidate> found = new ArrayList<>(hits.length);
            for (ScoreDoc sd : hits) {
                ArchiveChecks.Candidate c = ArchiveChecks.Candidate.of(stored.document(sd.doc));
                if (c.comparable()) found.add(c);
            }
            return found;
        }
    }
}
