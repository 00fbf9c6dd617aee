package org.shuzhi.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.server.BatchStore.Batch;
import org.shuzhi.server.BatchStore.BatchException;
import org.shuzhi.server.BatchStore.Entry;
import org.shuzhi.server.BatchStore.Problem;

class BatchStoreTest {
    @TempDir
    Path dir;

    BatchStore open() {
        return new BatchStore(ServerFolder.of(dir.resolve("archive")), Clock.systemUTC());
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void whatAnInterruptedWriteLeavesBehindIsIgnoredAndTheLastWholeStateLoads() throws Exception {
        BatchStore store = open();
        Batch b = store.create("述职评议会", "2025-01-16", "default", "甲");
        Entry e = store.addReport(b.id(), "城北小学.docx", bytes("原件"), bytes("{\"review\":{}}"), null, "甲");
        Path folder = store.dir().resolve(b.id());
        // a crash between writing a file and renaming it, and one after a report's files but before batch.json
        Files.writeString(folder.resolve(".batch.json12345.tmp"), "{\"format\": 1, \"id\": \"" + b.id() + "\", \"na");
        Files.write(folder.resolve("abcdefghijkl.original"), bytes("未登记的原件"));
        BatchStore reopened = open();
        Batch again = reopened.get(b.id());
        assertEquals(1, again.reports().size());
        assertEquals(e, again.reports().get(0));
        assertArrayEquals(bytes("原件"), reopened.original(b.id(), e.id()));
        assertEquals(1, reopened.list().batches().size());
        assertTrue(reopened.list().damaged().isEmpty());
        // the store's own writes leave no temporary file behind
        reopened.setComment(b.id(), e.id(), "点评", "甲");
        try (var files = Files.list(folder)) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count());
        }
    }

    @Test
    void aDeletionInterruptedAfterTheRenameIsFinishedOnOpen() throws Exception {
        BatchStore store = open();
        Batch b = store.create("将删除", null, "default", "甲");
        Files.move(store.dir().resolve(b.id()), store.dir().resolve(".deleting-" + b.id()));
        BatchStore reopened = open();
        assertTrue(reopened.list().batches().isEmpty());
        assertFalse(Files.exists(store.dir().resolve(".deleting-" + b.id())));
    }

    @Test
    void aDamagedRecordIsNamedAndTheOthersStillLoad() throws Exception {
        BatchStore store = open();
        Batch good = store.create("完好", null, "default", "甲");
        Batch bad = store.create("损坏", null, "default", "甲");
        Batch future = store.create("新版本", null, "default", "甲");
        Files.writeString(store.dir().resolve(bad.id()).resolve("batch.json"), "{\"format\": 1, \"id\": \"" + bad.id() + "\", \"name\": [");
        Path f = store.dir().resolve(future.id()).resolve("batch.json");
        Files.writeString(f, Files.readString(f).replace("\"format\" : 1", "\"format\" : 9"));
        BatchStore.Listing listing = open().list();
        assertEquals(1, listing.batches().size());
        assertEquals(good.id(), listing.batches().get(0).id());
        assertEquals(2, listing.damaged().size());
        BatchException e = assertThrows(BatchException.class, () -> store.get(bad.id()));
        assertEquals(Problem.DAMAGED, e.problem());
        assertTrue(e.getMessage().contains("已损坏") && e.getMessage().contains("第 1 行"), e.getMessage());
        assertTrue(assertThrows(BatchException.class, () -> store.get(future.id())).getMessage().contains("请升级"));
    }

    @Test
    void limitsAreEnforcedInChinese() {
        BatchStore store = open();
        Batch b = store.create("上限", null, "default", "甲");
        for (int i = 0; i < BatchStore.MAX_REPORTS; i++) store.addReport(b.id(), i + ".txt", bytes("x"), bytes("{}"), null, "甲");
        BatchException full = assertThrows(BatchException.class, () -> store.addReport(b.id(), "多.txt", bytes("x"), bytes("{}"), null, "甲"));
        assertEquals(Problem.TOO_MANY, full.problem());
        assertTrue(full.getMessage().contains("每批上限"), full.getMessage());
        assertEquals(Problem.INVALID, assertThrows(BatchException.class, () -> store.create("", null, "default", "甲")).problem());
        assertEquals(Problem.NOT_FOUND, assertThrows(BatchException.class, () -> store.get("../accounts")).problem());
        String id = store.get(b.id()).reports().get(0).id();
        assertEquals(Problem.INVALID, assertThrows(BatchException.class,
                () -> store.setComment(b.id(), id, "评".repeat(BatchStore.MAX_COMMENT_CHARS + 1), "甲")).problem());
    }

    @Test
    void aRedoneReviewReplacesTheOldVersionAndEditsAreStamped() {
        BatchStore store = open();
        Batch b = store.create("重评", null, "default", "甲");
        Entry e = store.addReport(b.id(), "a.docx", bytes("原件"), bytes("{\"v\":1}"), null, "甲");
        Batch again = store.reviewedAgain(b.id(), "county-2022", Map.of(e.id(), bytes("{\"v\":2}")), "乙");
        assertEquals("county-2022", again.profile());
        assertEquals("乙", again.modifiedBy());
        assertArrayEquals(bytes("{\"v\":2}"), store.review(b.id(), e.id()));
        assertFalse(Files.exists(store.dir().resolve(b.id()).resolve(e.id() + ".v1.json")));
        Entry commented = store.setComment(b.id(), e.id(), "  点评  ", "丙");
        assertEquals("点评", commented.comment().text());
        assertEquals("丙", commented.comment().user());
        assertNull(store.setComment(b.id(), e.id(), " ", "丙").comment());
    }

    @Test
    void twoStoresOnOneFolderNeverLoseEachOthersEdits() throws Exception {
        // the server and a `batches` command on the same archive: each reads, changes and writes batch.json
        BatchStore server = open();
        BatchStore command = open();
        Batch b = server.create("述职评议会", null, "default", "甲");
        Entry one = server.addReport(b.id(), "一.txt", bytes("一"), bytes("{}"), null, "甲");
        Entry two = server.addReport(b.id(), "二.txt", bytes("二"), bytes("{}"), null, "甲");
        int edits = 30;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> {
                for (int i = 1; i <= edits; i++) server.setComment(b.id(), one.id(), "第一份点评" + i, "甲");
                return null;
            });
            var c = pool.submit(() -> {
                for (int i = 1; i <= edits; i++) command.setComment(b.id(), two.id(), "第二份点评" + i, "乙");
                return null;
            });
            a.get();
            c.get();
        } finally {
            pool.shutdownNow();
        }
        Batch after = open().get(b.id());
        assertEquals("第一份点评" + edits, after.report(one.id()).comment().text());
        assertEquals("第二份点评" + edits, after.report(two.id()).comment().text());
    }
}
