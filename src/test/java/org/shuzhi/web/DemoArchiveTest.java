package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
            // an archive an older version seeded: the demo reports go in one step
            assertEquals(added, DemoArchive.removeFrom(archive, corpus).size());
            assertEquals(0, archive.size());
        }
    }

    @Test
    void removingTheDemoReportsKeepsARealReportFiledUnderADemoUnitsName() throws Exception {
        Corpus corpus = WebFixtures.corpus(dir);
        try (Archive archive = Archive.open(dir.resolve("archive"))) {
            DemoArchive.seed(archive, Reviewers.withoutArchive(), corpus);
            // the department's own 城南中学党支部 2023 report replaced the invented one
            archive.add(org.shuzhi.document.Report.fromText("城南中学2023.docx", String.join("\n", "2023年度抓基层党建工作述职报告",
                    "城南中学党支部书记 周敏", "一、履职主要情况", "我全年讲党课5次，推动教师党员结对帮扶学生42名。",
                    "二、存在的问题", "我对青年教师思想动态掌握不及时，谈心谈话只有3次。")),
                    new org.shuzhi.document.ReportMeta("城南中学党支部", 2023, null), Reviewers.withoutArchive()::label);
            var removed = DemoArchive.removeFrom(archive, corpus);
            assertEquals(2, removed.size(), removed.toString());
            assertEquals(1, archive.size());
            assertEquals("城南中学2023.docx", archive.report("城南中学党支部", 2023).orElseThrow().file());
        }
    }

    @Test
    void aDemoArchiveIsMarkedAsSuch() {
        assertFalse(DemoArchive.isDemo(dir));
        DemoArchive.mark(dir.resolve("demo"));
        assertTrue(DemoArchive.isDemo(dir.resolve("demo")));
    }
}
