package org.shuzhi.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
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
    public <P> Map<P, Pages> others(ArchiveSearcher s, ArchiveStatistics stats, Map<P, Passage> passages, ArchiveChecks.Self self)
            throws IOException {
        int stockLimit = PhraseCommonness.stockLimit(stats.reports());
        int maxDf = STOCK_FACTOR * stockLimit + 16;
        int paragraphs = stats.paragraphs();
        // every piece of every passage looked up at once (the same piece in several paragraphs once): one request to a cluster
        Map<P, java.util.Collection<String>> fingerprints = new LinkedHashMap<>();
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        for (var e : passages.entrySet()) {
            java.util.Collection<String> fp = Fingerprints.of(e.getValue().normalized());
            fingerprints.put(e.getKey(), fp);
            all.addAll(fp);
        }
        Map<String, ArchiveSearcher.TermLookup> looked = all.isEmpty() ? Map.of() : s.lookup(ArchiveSchema.PIECES, all);
        Map<P, Pages> out = new LinkedHashMap<>();
        for (var e : fingerprints.entrySet()) {
            List<ArchiveSearcher.TermLookup> kept = new ArrayList<>();
            for (String text : e.getValue()) {
                ArchiveSearcher.TermLookup piece = looked.get(text);
                if (piece.docFreq() == 0 || piece.docFreq() > maxDf) continue;
                kept.add(piece);
            }
            if (kept.isEmpty()) continue;
            if (kept.size() > MAX_PIECES) {
                kept.sort(Comparator.comparingInt(ArchiveSearcher.TermLookup::docFreq));
                kept = kept.subList(0, MAX_PIECES);
            }
            // a piece as common as a stock formulation (whose letters the copy check does not count) finds, does not rank
            Query q = ArchiveQueries.pieces(kept, stockLimit, paragraphs, self.unitKey(), self.year(), self.id(), self.hash());
            out.put(e.getKey(), new Ranked(s, q));
        }
        return out;
    }

    /** The query's hits page by page ({@link #PAGES}), in {@link ArchiveSearcher#ranked}'s order on every engine. */
    private static final class Ranked implements Pages {
        private final ArchiveSearcher searcher;
        private final Query query;
        private int page;
        private boolean more = true;

        Ranked(ArchiveSearcher searcher, Query query) {
            this.searcher = searcher;
            this.query = query;
        }

        @Override
        public List<ArchiveChecks.Candidate> next() throws IOException {
            if (page >= PAGES.length || !more) return List.of();
            int from = page == 0 ? 0 : PAGES[page - 1];
            int n = PAGES[page] - from;
            page++;
            List<org.apache.lucene.document.Document> hits = searcher.ranked(query, from, n);
            more = hits.size() == n;
            List<ArchiveChecks.Candidate> found = new ArrayList<>(hits.size());
            for (var d : hits) {
                ArchiveChecks.Candidate c = ArchiveChecks.Candidate.of(d);
                if (c.comparable()) found.add(c);
            }
            return found;
        }
    }
}
