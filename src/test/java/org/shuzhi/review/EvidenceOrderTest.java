package org.shuzhi.review;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.corpus.CorpusEntry;
import org.shuzhi.rules.Finding;

/**
 * Findings' evidence keeps its keys in one order from run to run: scripts compare review JSON as text, and an
 * immutable {@code Map.of} of two or more keys iterates in an order salted at each JVM start.
 */
class EvidenceOrderTest {
    @Test
    void noEvidenceMapOfSeveralKeysHasAnOrderThatChangesBetweenRuns() {
        Corpus corpus = Corpus.at(Path.of("corpus"));
        Reviewer reviewer = Reviewers.withoutArchive();
        List<String> unordered = new ArrayList<>();
        int findings = 0;
        for (CorpusEntry e : corpus.entries()) {
            for (Finding f : reviewer.review(corpus.report(e.id()), ReviewRequest.defaults()).findings()) {
                findings++;
                walk(f.rule() + " evidence", f.evidence(), unordered);
            }
        }
        assertTrue(findings > 100, "the corpus gives findings to look at: " + findings);
        assertTrue(unordered.isEmpty(), "maps whose key order changes between runs: " + unordered);
    }

    private static void walk(String where, Object value, List<String> unordered) {
        if (value instanceof Map<?, ?> m) {
            // java.util.ImmutableCollections.MapN: Map.of / Map.copyOf with two or more entries
            if (m.size() > 1 && m.getClass().getName().startsWith("java.util.ImmutableCollections")) unordered.add(where + " " + m.keySet());
            for (var e : m.entrySet()) walk(where + "." + e.getKey(), e.getValue(), unordered);
        } else if (value instanceof Collection<?> c) {
            for (Object o : c) walk(where + "[]", o, unordered);
        }
    }
}
