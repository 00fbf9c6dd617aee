package org.shuzhi.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedReport;

class ArchiveTest {
    @TempDir
    Path dir;

    private static final String ACH = "我全年主持支委会12次、讲专题党课3次，带头联系2个教研组，推动解决青年教师入党培养问题5项。";
    private static final String PROB = "理论学习的系统性不强，学用结合不够紧密，对青年教师的政治引领抓得不够。";
    private static final String PLAN = "2024年3月底前由我牵头修订三会一课记录规范，每季度抽查各党小组记录1次。";

    @Test
    void addsReplacesAndDeletesByUnitKeyAndYear() {
        try (Archive a = Archive.open(dir)) {
            Reports.add(a, "城东小学党支部", 2022, ACH, PROB, PLAN);
            Reports.add(a, "城东小学党支部", 2023, ACH, PROB, PLAN);
            assertEquals(2, a.size());
            // another spelling of the same unit and year replaces the 2023 report
            Reports.add(a, "中共城东小学支部委员会", 2023, "我今年带头讲党课5次，推动解决课后服务问题8项。", PROB, PLAN);
            assertEquals(2, a.size());
            ArchivedReport r = a.report("城东小学支部", 2023).orElseThrow();
            assertEquals("中共城东小学支部委员会", r.unit());
            assertTrue(r.paragraphs().get(3).text().contains("课后服务"));
            assertEquals(Part.PROBLEM, r.paragraphs().get(5).label());
            assertEquals(List.of(new UnitSummary("城东小学党支部", "中共城东小学支部委员会", List.of(2022, 2023))), a.units());
            assertTrue(a.delete("城东小学党支部", 2022));
            assertFalse(a.delete("城东小学党支部", 2022));
            assertEquals(1, a.size());
            assertTrue(a.report("城东小学党支部", 2022).isEmpty());
        }
    }

    @Test
    void survivesReopeningAndIsReadableWhileAWriterHoldsIt() {
        try (Archive a = Archive.open(dir, ArchiveAnalyzers.Tokens.SMARTCN)) {
            Reports.add(a, "锦绣社区党委", 2021, ACH, PROB, PLAN);
            try (Archive reader = Archive.openReadOnly(dir)) {
                assertEquals(1, reader.size());
                Reports.add(a, "锦绣社区党委", 2022, ACH, PROB, PLAN);
                assertEquals(2, reader.size(), "a read-only archive sees later commits");
                assertThrows(ArchiveException.class, () -> Reports.add(reader, "锦绣社区党委", 2023, ACH, PROB, PLAN));
            }
            assertThrows(ArchiveException.class, () -> Archive.open(dir), "one writer per directory");
        }
        try (Archive a = Archive.open(dir)) {
            assertEquals(2, a.size());
            assertEquals(ArchiveAnalyzers.Tokens.SMARTCN, a.tokens(), "an archive keeps the tokens it was built with");
        }
    }

    @Test
    void refusesAReportWithoutUnitOrYear() {
        try (Archive a = Archive.open(dir)) {
            AnalyzedReport r = Reports.analyzed(org.shuzhi.document.Report.fromText("x.txt", "加强学习。\n提高质量。"), null, 2023);
            ArchiveException e = assertThrows(ArchiveException.class, () -> a.add(r, Reports.labels(r)));
            assertTrue(e.getMessage().contains("--unit"), e.getMessage());
            assertEquals(0, a.size());
        }
    }

    @Test
    void searchRanksFiltersAndHighlights() {
        try (Archive a = Archive.open(dir)) {
            Reports.add(a, "城东小学党支部", 2021, ACH, PROB, PLAN);
            Reports.add(a, "城东小学党支部", 2023, ACH, "党员教师先锋作用发挥不充分，志愿服务参与率不高。", PLAN);
            Reports.add(a, "柳溪村党支部", 2023, "我带领村党支部发展集体经济，村集体收入增加到38万元。",
                    "村里党员老龄化严重，外出务工党员管理松散，理论学习流于形式。", PLAN);
            SearchResult all = a.search(SearchQuery.of("理论学习"));
            assertEquals(2, all.total());
            SearchResult filtered = a.search(new SearchQuery("理论学习", 2022, 2023, null, Part.PROBLEM, 10));
            assertEquals(1, filtered.total());
            SearchHit hit = filtered.hits().get(0);
            assertEquals("柳溪村党支部", hit.unit());
            assertEquals(2023, hit.year());
            assertEquals(5, hit.paragraph());
            assertTrue(hit.highlight().render("[", "]").contains("[理论]") || hit.highlight().render("[", "]").contains("[理论学习]"),
                    hit.highlight().render("[", "]"));
            SearchResult byUnit = a.search(new SearchQuery("理论学习", null, null, "城东小学支部", null, 10));
            assertEquals(1, byUnit.total());
            assertEquals(2021, byUnit.hits().get(0).year());
        }
    }

    @Test
    void countsReportsSharingAPhrase() {
        try (Archive a = Archive.open(dir)) {
            Reports.add(a, "城东小学党支部", 2021, ACH, PROB, PLAN);
            Reports.add(a, "柳溪村党支部", 2023, "我带领村党支部发展集体经济。", "学用结合不够紧密。", PLAN);
            Reports.add(a, "锦绣社区党委", 2023, "我带领社区党委开展志愿服务。", "服务群众的办法不多。", "加强学习。");
            assertEquals(3, a.reports());
            assertEquals(2, a.reportsContaining("学用结合不够紧密"));
            assertEquals(1, a.reportsContaining("结合不够紧密，对青年"));
            assertEquals(0, a.reportsContaining("学用结合十分紧密"));
            assertEquals(2 / 3.0, a.share("三会一课记录规范"), 1e-9);
        }
    }
}
