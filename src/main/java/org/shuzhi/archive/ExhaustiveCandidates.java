package org.shuzhi.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;

/**
 * The brute-force reference for copy candidates: every archived paragraph, held in memory, is scanned for
 * each review, as a script without an index would. The only shortcut is exact: a pair that shares no stretch
 * of {@link Fingerprints#GUARANTEED} letters cannot be a copy ({@link Similarities#copy} needs a longer
 * one), so only pairs that do are handed to the confirmation; a hash collision adds a pair, never drops one.
 */
final class ExhaustiveCandidates implements CandidateSource {
    private static final int W = Fingerprints.GUARANTEED;
    private static final long BASE = 1_000_003L;
    private static final long BASE_W = power(BASE, W);

    private final List<ArchiveChecks.Candidate> paragraphs;
    private final List<String> contentHashes;
    private final List<String> reportIds;

    private ExhaustiveCandidates(List<ArchiveChecks.Candidate> paragraphs, List<String> contentHashes, List<String> reportIds) {
        this.paragraphs = paragraphs;
        this.contentHashes = contentHashes;
        this.reportIds = reportIds;
    }

    /** Reads every comparable paragraph of the archive into memory. */
    static ExhaustiveCandidates load(ArchiveSearcher s) throws IOException {
        List<Document> docs = s.all(ArchiveQueries.paragraphs());
        List<ArchiveChecks.Candidate> ps = new ArrayList<>(docs.size());
        List<String> hashes = new ArrayList<>(docs.size()), ids = new ArrayList<>(docs.size());
        for (Document d : docs) {
            ArchiveChecks.Candidate c = ArchiveChecks.Candidate.of(d);
            if (!c.comparable()) continue;
            // a fresh passage: the bigrams the test just cached would take gigabytes over a million paragraphs
            ps.add(new ArchiveChecks.Candidate(c.unit(), c.unitKey(), c.year(), c.paragraph(), c.label(), c.section(),
                    Passage.of(c.passage().text())));
            hashes.add(d.get(ArchiveSchema.CONTENT_HASH));
            ids.add(d.get(ArchiveSchema.REPORT_ID));
        }
        return new ExhaustiveCandidates(ps, hashes, ids);
    }

    int size() {
        return paragraphs.size();
    }

    @Override
    public <P> Map<P, Pages> others(ArchiveSearcher s, ArchiveStatistics stats, Map<P, Passage> passages, ArchiveChecks.Self self) {
        Map<P, Pages> out = new LinkedHashMap<>();
        all(passages, self).forEach((p, list) -> out.put(p, Pages.of(list)));
        return out;
    }

    private <P> Map<P, List<ArchiveChecks.Candidate>> all(Map<P, Passage> passages, ArchiveChecks.Self self) {
        List<P> keys = new ArrayList<>(passages.keySet());
        Map<P, List<ArchiveChecks.Candidate>> out = new LinkedHashMap<>();
        for (P k : keys) out.put(k, new ArrayList<>());
        if (keys.isEmpty()) return out;
        // every W-letter stretch of the passages, by hash: which passages hold it
        Map<Long, List<Integer>> stretches = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            int p = i;
            forEachStretch(passages.get(keys.get(i)).normalized(), h -> {
                List<Integer> holders = stretches.computeIfAbsent(h, x -> new ArrayList<>(1));
                if (holders.isEmpty() || holders.get(holders.size() - 1) != p) holders.add(p);
            });
        }
        boolean[] hit = new boolean[keys.size()];
        for (int c = 0; c < paragraphs.size(); c++) {
            ArchiveChecks.Candidate cand = paragraphs.get(c);
            if (self.unitKey() != null && self.unitKey().equals(cand.unitKey())) continue;
            if (self.year() != null && cand.year() > self.year()) continue;
            if (reportIds.get(c).equals(self.id()) || contentHashes.get(c).equals(self.hash())) continue;
            java.util.Arrays.fill(hit, false);
            forEachStretch(cand.passage().normalized(), h -> {
                List<Integer> holders = stretches.get(h);
                if (holders != null) for (int p : holders) hit[p] = true;
            });
            for (int p = 0; p < hit.length; p++) if (hit[p]) out.get(keys.get(p)).add(cand);
        }
        return out;
    }

    private interface HashSink {
        void accept(long hash);
    }

    /** Rolling hash of every W consecutive letters or digits (punctuation and spacing skipped). */
    private static void forEachStretch(String text, HashSink sink) {
        char[] ring = new char[W];
        int n = 0;
        long h = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) continue;
            h = h * BASE + c;
            if (n >= W) h -= ring[n % W] * BASE_W;
            ring[n % W] = c;
            n++;
            if (n >= W) sink.accept(h);
        }
    }

    private static long power(long b, int e) {
        long r = 1;
        for (int i = 0; i < e; i++) r *= b;
        return r;
    }
}
