package org.shuzhi.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;

/** A bulk load files reports in the order given, refuses bad ones alone, and says what became of each. */
class BulkLoadTest {
    @TempDir
    Path dir;

    private record Item(String unit, Integer year, String achievement) {}

    private static final String PROB = "理论学习的系统性不强，学用结合不够紧密，对青年教师的政治引领抓得不够。";
    private static final String PLAN = "2024年3月底前由我牵头修订三会一课记录规范，每季度抽查各党小组记录1次。";

    /** Analysed with the item's unit and year; without a unit, a report that names none; without text, unreadable. */
    private static ArchiveEntry prepare(Item item) {
        if (item.achievement() == null) throw new IllegalArgumentException("无法读取：" + item.year());
        Report report = item.unit() == null ? Report.fromText("anonymous.txt", String.join("\n", item.achievement(), PROB, PLAN))
                : Reports.report(item.unit(), item.year(), item.achievement(), PROB, PLAN);
        AnalyzedReport a = ReportAnalyzer.analyze(report, new ReportMeta(item.unit(), item.year(), null));
        return new ArchiveEntry(a, Reports.labels(a));
    }

    private static Iterator<List<Item>> inBatchesOf(int size, List<Item> items) {
        List<List<Item>> batches = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) batches.add(items.subList(i, Math.min(items.size(), i + size)));
        return batches.iterator();
    }

    @Test
    void filesInOrderRefusesBadReportsAloneAndReportsEveryItem() throws Exception {
        List<Item> items = List.of(
                new Item("市律师协会党支部", 2021, "我全年主持支委会12次，讲专题党课3次。"),
                new Item("城东小学党支部", 2021, "我全年带头讲党课4次，推动解决课后服务问题8项。"),
                new Item("市律协党支部", 2022, "我全年主持支委会10次，联系律所党员23名。"), // abbreviation of the first
                new Item(null, 2022, "我全年走访困难党员30户。"), // names no unit: refused alone
                new Item("桃源村党支部", 2022, null), // its preparation fails: refused alone
                new Item("城东小学支部", 2021, "我今年带头讲党课5次，推动解决课后服务问题9项。"), // replaces the second
                new Item("桃源村党支部", 2023, "我全年组织主题党日12次。"));
        List<String> said = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Archive archive = Archive.open(dir)) {
            new BulkLoad<Item>(archive, pool, BulkLoadTest::prepare, true).run(inBatchesOf(3, items), new BulkLoad.Outcome<>() {
                @Override
                public void added(Item item, ArchivedReport r) {
                    said.add("added " + item.unit() + " as " + r.id());
                }

                @Override
                public void failed(Item item, Exception cause) {
                    said.add("failed " + item.unit() + ": " + cause.getMessage());
                }
            });
            assertEquals(7, said.size(), said.toString());
            assertEquals("added 市律师协会党支部 as 市律师协会党支部#2021", said.get(0));
            assertEquals("added 市律协党支部 as 市律师协会党支部#2022", said.get(2));
            assertTrue(said.get(3).startsWith("failed null: 无法识别报告的单位"), said.get(3));
            assertTrue(said.get(4).startsWith("failed 桃源村党支部: 无法读取"), said.get(4));
            assertEquals("added 城东小学支部 as 城东小学党支部#2021", said.get(5));
            assertEquals(4, archive.size());
            assertTrue(archive.report("城东小学党支部", 2021).orElseThrow().paragraphs().get(3).text().contains("9项"));
            assertEquals(List.of(2021, 2022), archive.reports("市律协党支部").stream().map(ArchivedReport::year).toList());
        } finally {
            pool.shutdownNow();
        }
        try (var d = FSDirectory.open(dir); var reader = DirectoryReader.open(d)) {
            assertEquals(1, reader.leaves().size(), "compacted into one segment");
        }
    }
}
