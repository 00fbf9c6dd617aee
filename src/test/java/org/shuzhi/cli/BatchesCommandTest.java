package org.shuzhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.server.BatchStore;
import org.shuzhi.server.ServerFolder;

/** `batches`: the page's saved batches from the command line, in the same store the server uses. */
class BatchesCommandTest {
    @TempDir
    Path dir;

    Path report(String file, String unit) throws Exception {
        Path p = dir.resolve(file);
        Files.writeString(p, String.join("\n", "2024年度抓基层党建工作述职报告", unit + "书记 李明", "一、履职主要情况",
                "我全年主持支委会12次，讲专题党课4次，带头联系困难党员8名。", "二、存在的问题",
                "一是我对青年党员的教育管理抓得不够细，个别党员参加组织生活不够积极。", "三、下一步工作打算",
                "2025年6月底前由我牵头修订党员积分管理办法，每季度公示1次积分。") + "\n", StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void createListShowAndDeleteABatch() throws Exception {
        Path archive = dir.resolve("archive");
        CliRun created = CliRun.of("batches", "create", "--archive", archive.toString(), "--name", "2024年度述职评议会",
                "--date", "2025-01-16", report("北关中学.txt", "北关中学党支部").toString(), report("南坪村.txt", "南坪村党支部").toString());
        assertEquals(0, created.code(), created.err());
        assertTrue(created.out().contains("2 份报告"), created.out());
        BatchStore store = new BatchStore(ServerFolder.of(archive), Clock.systemUTC());
        List<BatchStore.Summary> batches = store.list().batches();
        assertEquals(1, batches.size());
        String id = batches.get(0).id();
        assertTrue(batches.get(0).createdBy().startsWith("命令行:"), batches.get(0).createdBy());

        CliRun list = CliRun.of("batches", "list", "--archive", archive.toString());
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains(id) && list.out().contains("2024年度述职评议会") && list.out().contains("2025-01-16"), list.out());
        CliRun show = CliRun.of("batches", "show", "--archive", archive.toString(), id);
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("北关中学.txt") && show.out().contains("建议等次："), show.out());
        CliRun json = CliRun.of("batches", "show", "--archive", archive.toString(), "--format", "json", id);
        assertTrue(json.out().contains("\"name\" : \"2024年度述职评议会\""), json.out());

        CliRun unreadable = CliRun.of("batches", "create", "--archive", archive.toString(), "--name", "坏", dir.resolve("没有.txt").toString());
        assertEquals(1, unreadable.code());
        assertTrue(unreadable.err().contains("无法读取"), unreadable.err());
        assertEquals(1, store.list().batches().size(), "nothing kept of a refused create");

        // 入档 from the command line: as read (the report names its unit and year), once
        CliRun filed = CliRun.of("batches", "file", "--archive", archive.toString(), id);
        assertEquals(0, filed.code(), filed.err());
        assertTrue(filed.out().contains("已入档：北关中学.txt（北关中学党支部 2024年度）"), filed.out());
        try (org.shuzhi.archive.Archive a = org.shuzhi.archive.Archive.openReadOnly(archive)) {
            assertEquals(2, a.size());
            assertTrue(a.report("南坪村党支部", 2024).isPresent());
        }
        assertEquals(2, store.list().batches().get(0).filed());
        assertTrue(CliRun.of("batches", "file", "--archive", archive.toString(), id).out().contains("都已入档"));

        CliRun deleted = CliRun.of("batches", "delete", "--archive", archive.toString(), id);
        assertEquals(0, deleted.code(), deleted.err());
        assertTrue(store.list().batches().isEmpty());
        CliRun missing = CliRun.of("batches", "show", "--archive", archive.toString(), id);
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("没有这批会议材料"), missing.err());
    }
}
