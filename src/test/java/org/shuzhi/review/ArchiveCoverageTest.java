package org.shuzhi.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.archive.Archive;
import org.shuzhi.document.Report;
import org.shuzhi.document.ReportMeta;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.RuleCatalog;

class ArchiveCoverageTest {
    private static final String REPORT = String.join("\n", "2023年度抓基层党建工作述职报告", "城东小学党支部书记 王丽华",
            "一、履职主要情况", "我全年讲党课4次，带头走访教师家庭23户，推动支部建成党员示范岗6个。",
            "二、存在的问题", "我对青年教师的思想引领抓得不够经常，谈心谈话全年只有5次。",
            "三、下一步工作打算", "2024年3月底前由我牵头建立青年教师谈心谈话台账，每季度不少于2次。");

    private static Review review(ReportMeta meta) {
        return Reviewers.withoutArchive().review(Report.fromText("t.txt", REPORT), new ReviewRequest("default", meta, false));
    }

    @Test
    void withoutAnArchiveItSaysWhy() {
        assertEquals("跨报告检查：未运行（指定了 --no-archive）",
                ArchiveCoverage.describe(review(ReportMeta.UNKNOWN), null, "指定了 --no-archive"));
    }

    @Test
    void anEmptyArchiveRunsNothing(@TempDir Path dir) {
        try (Archive archive = Archive.open(dir)) {
            String line = ArchiveCoverage.describe(review(ReportMeta.UNKNOWN), archive, "x");
            assertTrue(line.startsWith("跨报告检查：未运行（档案库 ") && line.contains("还没有报告"), line);
        }
    }

    @Test
    void aTextThatIsNoDutyReportIsNotCompared(@TempDir Path dir) {
        Review r = review(ReportMeta.UNKNOWN);
        Finding notReport = RuleCatalog.standard().get("NOT_A_DUTY_REPORT").finding(null, null, "这是一篇讲话稿", Map.of());
        Review speech = new Review(r.file(), r.meta(), r.stats(), r.paragraphs(), List.of(notReport), r.verdict());
        try (Archive archive = withOneReport(dir)) {
            assertEquals("跨报告检查：未运行（不是述职报告，不与档案比对）", ArchiveCoverage.describe(speech, archive, "x"));
        }
    }

    @Test
    void itSaysWhatPartRanWhenTheUnitHasNoHistoryOrIsUnknown(@TempDir Path dir) {
        try (Archive archive = withOneReport(dir)) {
            Review r = review(ReportMeta.UNKNOWN);
            Review noUnit = new Review(r.file(), new ReviewMeta(null, 2023, null, "default"), r.stats(), r.paragraphs(), r.findings(), r.verdict());
            String unknown = ArchiveCoverage.describe(noUnit, archive, "x");
            assertTrue(unknown.startsWith("跨报告检查：已运行（档案库共1份报告）") && unknown.contains("未识别单位"), unknown);
            String noHistory = ArchiveCoverage.describe(review(new ReportMeta("城东小学党支部", 2023, null)), archive, "x");
            assertTrue(noHistory.contains("没有本单位（城东小学党支部）往年的报告"), noHistory);
            // the unit's own 2022 report is there (another spelling of it): its history ran
            String ran = ArchiveCoverage.describe(review(new ReportMeta("中共城西中学支部委员会", 2023, null)), archive, "x");
            assertEquals("跨报告检查：已运行（档案库共1份报告）", ran);
        }
    }

    private static Archive withOneReport(Path dir) {
        Archive archive = Archive.open(dir);
        String text = REPORT.replace("城东小学", "城西中学").replace("2023年度", "2022年度");
        archive.add(Report.fromText("w.txt", text), new ReportMeta("城西中学党支部", 2022, null), Reviewers.withoutArchive()::label);
        return archive;
    }
}
