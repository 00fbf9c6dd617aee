package org.shuzhi.archive;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Where the copy check gets the other units' paragraphs it compares a passage with: from the index
 * ({@link FingerprintCandidates}) or every one of them ({@link ExhaustiveCandidates}, the brute-force
 * reference). Either way the check confirms candidates with the same {@link Similarities#copy}.
 */
interface CandidateSource {
    /**
     * For each passage, other units' comparable paragraphs of years up to the report's own, never of the
     * report itself (same id or same content), that may hold it verbatim.
     */
    <P> Map<P, Pages> others(ArchiveSearcher s, ArchiveStatistics stats, Map<P, Passage> passages, ArchiveChecks.Self self)
            throws IOException;

    /**
     * A passage's candidates a page at a time, likeliest first: the check reads on only while the page it
     * confirmed came close to a copy without making one.
     */
    interface Pages {
        /** The next page, empty when there is none. */
        List<ArchiveChecks.Candidate> next() throws IOException;

        static Pages of(List<ArchiveChecks.Candidate> all) {
            return new Pages() {
                private boolean read;

                @Override
                public List<ArchiveChecks.Candidate> next() {
                    if (read) return List.of();
                    read = true;
                    return all;
                }
            };
        }
    }
}
