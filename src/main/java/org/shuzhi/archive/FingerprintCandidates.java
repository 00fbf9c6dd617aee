package org.shuzhi.archive;

import org.shuzhi.rules.PhraseCommonness;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * Copy candidates from the index: the other units' paragraphs holding the most of the passage's rare
 * {@link Fingerprints} ({@link ArchiveSchema#PIECES}, each weighted by its rarity). Every paragraph sharing a stretch long enough to be a
 * copy shares a fingerprint; a copy, most of the passage verbatim, shares many, so it ranks at the top.
 */
final class FingerprintCandidates implements CandidateSource {
    /** Candidates per passage: near-copies in many units tie at the top, any of them shows the copy. */
    static final int PER_PASSAGE = 20;
    /** The rarest pieces queried: a long paragraph has hundreds, a copy shares many of the rare ones. */
    static final int MAX_PIECES = 128;
    /**
     * A piece in more paragraphs than this many times the stock limit is a stock formulation, which
     * {@link Similarities#copy} does not count: its long postings would cost much and show nothing.
     */
    static final int STOCK_FACTOR = 4;

    @Override
    public <P> Map<P, List<ArchiveChecks.Candidate>> others(IndexSearcher s, Map<P, Passage> passages, ArchiveChecks.Self self)
            throws IOException {
        int reports = s.count(ArchiveQueries.reports());
        int maxDf = STOCK_FACTOR * PhraseCommonness.stockLimit(reports) + 16;
        int paragraphs = s.getIndexReader().numDocs();
        Map<String, TermStates> looked = new java.util.HashMap<>();
        Map<P, List<ArchiveChecks.Candidate>> out = new LinkedHashMap<>();
        var stored = s.storedFields();
        for (var e : passages.entrySet()) {
            List<Term> terms = new ArrayList<>();
            List<TermStates> states = new ArrayList<>();
            for (String piece : Fingerprints.of(e.getValue().normalized())) {
                // the same piece in several paragraphs of the report is looked up once
                TermStates ts = looked.get(piece);
                if (ts == null) {
                    ts = TermStates.build(s, new Term(ArchiveSchema.PIECES, piece), true);
                    looked.put(piece, ts);
                }
                if (ts.docFreq() == 0 || ts.docFreq() > maxDf) continue;
                terms.add(new Term(ArchiveSchema.PIECES, piece));
                states.add(ts);
            }
            if (terms.isEmpty()) continue;
            if (terms.size() > MAX_PIECES) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < terms.size(); i++) order.add(i);
                List<TermStates> st = states;
                order.sort(Comparator.comparingInt(i -> st.get(i).docFreq()));
                List<Term> t2 = new ArrayList<>();
                List<TermStates> s2 = new ArrayList<>();
                for (int i : order.subList(0, MAX_PIECES)) {
                    t2.add(terms.get(i));
                    s2.add(states.get(i));
                }
                terms = t2;
                states = s2;
            }
            var q = ArchiveQueries.pieces(states, terms, paragraphs, self.unitKey(), self.year(), self.id(), self.hash());
            List<ArchiveChecks.Candidate> found = new ArrayList<>();
            for (ScoreDoc sd : s.search(q, PER_PASSAGE).scoreDocs) {
                ArchiveChecks.Candidate c = ArchiveChecks.Candidate.of(stored.document(sd.doc));
                if (c.comparable()) found.add(c);
            }
            out.put(e.getKey(), found);
        }
        return out;
    }
}
