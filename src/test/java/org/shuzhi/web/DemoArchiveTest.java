package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.archive.Archive;
import org.shuzhi.archive.SearchQuery;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.review.Reviewers;

class DemoArchiveTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyArchiveIsSeededOnceWithTheBundledCorpus() {
        Corpus corpus = Corpus.bundled();
        try (Archive archive = Archive.open(dir)) {
            int added = DemoArchive.seedIfEmpty(archive, Reviewers.withoutArchive());
            assertEquals(corpus.entries().size(), added);
            assertTrue(added >= 40, "the demo corpus has its reports: " + added);
            assertEquals(added, archive.size());
            var first = corpus.entries().get(0);
            assertTrue(archive.report(first.unit(), first.year()).isPresent(), first.toString());
            assertTrue(archive.search(SearchQuery.of("理论学习")).total() > 0);
            assertEquals(0, DemoArchive.seedIfEmpty(archive, Reviewers.withoutArchive()), "never seeded twice");
            assertEquals(added, archive.size());
        }
    }
}
