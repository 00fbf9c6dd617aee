package org.shuzhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.SmallDisk;
import org.shuzhi.archive.Archive;
import org.shuzhi.classify.Labeled;
import org.shuzhi.classify.ParagraphClassifier;
import org.shuzhi.document.Docx;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.review.Reviewer;
import org.shuzhi.rules.RuleEngine;

/** `index` of a folder: a hostile file or a full disk is said in Chinese, and the run ends with its summary. */
class IndexingBadFilesTest {
    @TempDir
    Path dir;

    private static final List<String> CORPUS = List.of("chengdong-xiaoxue-2021.txt", "chengdong-xiaoxue-2022.txt",
            "hengda-jixie-2023.txt");

    private Path folder(String name) throws Exception {
        Path in = Files.createDirectories(dir.resolve(name));
        for (String f : CORPUS) Files.copy(Path.of("corpus/reports", f), in.resolve(f));
        return in;
    }

    private static List<String> summary(String err) {
        List<String> lines = err.strip().lines().toList();
        int at = -1;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith("未能存入 ")) at = i;
        assertTrue(at >= 0, err);
        return lines.subList(at, lines.size());
    }

    @Test
    void aFileThatWouldOverflowTheStackIsRefusedAndTheOthersAreStored() throws Exception {
        Path in = folder("reports");
        Files.write(in.resolve("b-deep.docx"), Docx.withBody(dir, Docx.paragraph("2023年度述职报告") + Docx.nestedTables(3000, "x")));
        Path archive = dir.resolve("archive");
        CliRun r = CliRun.of("index", "--archive", archive.toString(), in.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(3, r.out().lines().filter(l -> l.startsWith("已存入：")).count(), r.out());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("错误：") && l.contains("b-deep.docx") && l.contains("表格嵌套过深")), r.err());
        List<String> summary = summary(r.err());
        assertEquals(2, summary.size(), summary.toString());
        assertEquals("未能存入 1 份：", summary.get(0));
        assertTrue(summary.get(1).contains("b-deep.docx：表格嵌套过深"), summary.get(1));
        try (Archive a = Archive.openReadOnly(archive)) {
            assertEquals(3, a.size());
        }
        // each stored report is an audit line beside the archive; the refused file is none
        List<org.shuzhi.server.AuditLog.Entry> audit = new org.shuzhi.server.AuditLog(
                org.shuzhi.server.ServerFolder.of(archive), java.time.Clock.systemUTC()).latest(10);
        assertEquals(3, audit.size(), audit.toString());
        assertTrue(audit.stream().allMatch(e -> e.action().equals("存入报告") && e.user().startsWith("命令行:")), audit.toString());
        assertTrue(audit.stream().noneMatch(e -> String.valueOf(e.details().get("file")).contains("b-deep")));
    }

    @Test
    void anErrorDeepInsideALibraryIsThatFilesFailureNotTheRuns() throws Exception {
        ParagraphClassifier overflowing = new ParagraphClassifier() {
            @Override
            public Labeled classify(AnalyzedParagraph paragraph) {
                throw new StackOverflowError();
            }

            @Override
            public String name() {
                return "overflowing";
            }
        };
        Reviewer reviewer = new Reviewer(overflowing, RuleEngine.standard(), null);
        Path file = folder("one").resolve(CORPUS.get(0));
        var e = assertThrows(IllegalStateException.class, () -> IndexCommand.prepare(file, reviewer, new MetaOptions()));
        assertTrue(e.getMessage().contains("栈溢出"), e.getMessage());
    }

    @Test
    void aFullDiskEndsTheRunWithAChineseMessageAndItsSummary() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 8)) {
            Path archive = disk.root().resolve("archive");
            Path first = Files.createDirectories(dir.resolve("first"));
            Files.copy(Path.of("corpus/reports/chengtou-jituan-2021.txt"), first.resolve("chengtou-jituan-2021.txt"));
            assertEquals(0, CliRun.of("index", "--archive", archive.toString(), first.toString()).code());
            Path filler = disk.fill(16 * 1024);

            Path in = folder("reports");
            CliRun r = CliRun.of("index", "--archive", archive.toString(), in.toString());
            assertEquals(1, r.code(), r.err());
            assertEquals(1, r.err().lines().filter(l -> l.startsWith("错误：") && l.contains(Archive.OUT_OF_SPACE)).count(), r.err());
            assertFalse(r.err().contains("IndexWriter") || r.err().contains("closed"), r.err());
            List<String> summary = summary(r.err());
            assertEquals("未能存入 " + CORPUS.size() + " 份：", summary.get(0), r.err());
            for (String f : CORPUS) assertTrue(summary.stream().anyMatch(l -> l.contains(f)), f + " in " + summary);
            assertTrue(r.out().contains("现有 1 份报告"), r.out());

            Files.delete(filler);
            CliRun again = CliRun.of("index", "--archive", archive.toString(), in.toString());
            assertEquals(0, again.code(), again.err());
            try (Archive a = Archive.openReadOnly(archive)) {
                assertEquals(1 + CORPUS.size(), a.size());
            }
        }
    }
}
