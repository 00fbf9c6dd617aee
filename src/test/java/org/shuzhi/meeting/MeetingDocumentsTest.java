package org.shuzhi.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.document.Part;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewers;

/** The pack written from three corpus reports, each file opened again with POI and its content checked against the reviews. */
class MeetingDocumentsTest {
    static final List<String> REPORTS = List.of("chengdong-xiaoxue-2022.txt", "hengda-jixie-2023.txt", "chengtou-jituan-2023.txt");
    static Meeting meeting;
    @TempDir
    static Path dir;
    static List<Path> written;
    private static final DataFormatter FORMAT = new DataFormatter();

    @BeforeAll
    static void writePack() throws Exception {
        MeetingReviewer reviewer = new MeetingReviewer(Reviewers.withoutArchive());
        List<MeetingReport> reports = new ArrayList<>();
        for (String r : REPORTS) reports.add(reviewer.review(Path.of("corpus/reports", r), ReviewRequest.defaults()));
        // the reviewer's edit of one 点评 is what the documents carry
        reports.set(1, reports.get(1).withComment("评审人改过的点评。"));
        meeting = new Meeting("2023年度述职评议会", "default", reports);
        written = MeetingPack.write(meeting, dir);
    }

    @Test
    void everyFileOfThePackIsWritten() {
        List<String> names = written.stream().map(p -> dir.relativize(p).toString()).toList();
        assertEquals(List.of("汇总表.xlsx", "整改清单.xlsx", "整改清单.docx", "点评意见.docx", "测评表.xlsx",
                "批注/chengdong-xiaoxue-2022.docx", "批注/hengda-jixie-2023.docx", "批注/chengtou-jituan-2023.docx"), names);
        for (Path p : written) assertTrue(Files.isRegularFile(p), p.toString());
    }

    @Test
    void summaryHasOneRowPerReportAndEveryFinding() throws Exception {
        try (XSSFWorkbook wb = open("汇总表.xlsx")) {
            Sheet s = wb.getSheet(SummaryWorkbook.SUMMARY);
            assertEquals(List.of(SummaryWorkbook.SUMMARY_COLUMNS), row(s.getRow(0)));
            assertEquals(REPORTS.size(), s.getLastRowNum());
            for (int i = 0; i < REPORTS.size(); i++) {
                MeetingReport r = meeting.reports().get(i);
                List<String> row = row(s.getRow(i + 1));
                assertEquals(String.valueOf(i + 1), row.get(0));
                assertEquals(r.file(), row.get(1));
                assertEquals(r.unit(), row.get(2));
                assertEquals(r.name(), row.get(3));
                assertEquals(String.valueOf(r.year()), row.get(4));
                assertEquals(meeting.grade(r).grade().label(), row.get(5));
                assertEquals(r.review().verdict().outcome(), row.get(7));
                assertEquals(r.review().stats().chars(), (int) s.getRow(i + 1).getCell(8).getNumericCellValue());
                assertEquals(r.review().stats().share(Part.PROBLEM), s.getRow(i + 1).getCell(10).getNumericCellValue(), 1e-9);
                long errors = r.review().findings().stream().filter(f -> f.severity() == org.shuzhi.rules.Severity.ERROR).count();
                assertEquals(errors, (long) s.getRow(i + 1).getCell(12).getNumericCellValue());
                assertTrue(row.get(16).startsWith(r.review().verdict().reasons().get(0)), row.get(16));
            }
            Sheet all = wb.getSheet(SummaryWorkbook.FINDINGS);
            int findings = meeting.reports().stream().mapToInt(r -> r.review().findings().size()).sum();
            assertEquals(findings, all.getLastRowNum());
            var first = meeting.reports().get(0).review().findings().get(0);
            List<String> row = row(all.getRow(1));
            assertEquals(first.rule(), row.get(5));
            assertEquals(first.message(), row.get(8));
            assertNotNull(wb.getSheet(SummaryWorkbook.ABOUT));
        }
    }

    @Test
    void rectificationListFollowsTheAttachmentsLayout() throws Exception {
        List<RectificationList.Line> lines = RectificationList.lines(meeting);
        try (XSSFWorkbook wb = open("整改清单.xlsx")) {
            Sheet s = wb.getSheet(RectificationList.SHEET);
            assertEquals("2023年度述职评议会" + RectificationList.TITLE, FORMAT.formatCellValue(s.getRow(0).getCell(0)));
            assertEquals(List.of(RectificationList.COLUMNS), row(s.getRow(RectificationList.HEADER_ROW)));
            assertEquals(lines.size(), s.getLastRowNum() - RectificationList.HEADER_ROW);
            int r = RectificationList.HEADER_ROW + 1;
            for (MeetingReport report : meeting.reports()) {
                for (Rectification x : report.facts().rectifications()) {
                    List<String> row = row(s.getRow(r));
                    assertEquals(x.problem(), row.get(4));
                    assertEquals("", row.get(3), "the grade is the meeting's to fill");
                    if (x.answered()) assertTrue(row.get(5).startsWith(x.measure()), row.get(5));
                    else assertEquals(Rectification.NO_MEASURE, row.get(5));
                    r++;
                }
            }
            // a report's number, unit, name and grade cells merge down its rows
            int rows = meeting.reports().get(0).facts().rectifications().size();
            assertTrue(rows > 1);
            int top = RectificationList.HEADER_ROW + 1;
            assertTrue(s.getMergedRegions().stream().anyMatch(m -> m.equals(new CellRangeAddress(top, top + rows - 1, 1, 1))));
        }
        try (XWPFDocument doc = openDoc("整改清单.docx")) {
            XWPFTable t = doc.getTables().get(0);
            assertEquals(List.of(RectificationList.COLUMNS), t.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
            assertEquals(lines.size() + 1, t.getNumberOfRows());
            for (int i = 0; i < lines.size(); i++) {
                assertEquals(lines.get(i).problem(), t.getRow(i + 1).getCell(4).getText());
                assertEquals(lines.get(i).measure(), t.getRow(i + 1).getCell(5).getText());
            }
        }
    }

    @Test
    void aProblemNoPlanAnswersSaysSo() {
        // chengdong 2022: 支部委员均为兼职… is flagged PROBLEM_WITHOUT_PLAN, so its row has no measure
        MeetingReport r = meeting.reports().get(0);
        var unanswered = r.review().findings().stream().filter(f -> f.rule().equals("PROBLEM_WITHOUT_PLAN")).map(f -> f.paragraph()).toList();
        assertFalse(unanswered.isEmpty());
        for (Rectification x : r.facts().rectifications()) {
            assertEquals(unanswered.contains(x.problemParagraph()), !x.answered(), x.toString());
        }
    }

    @Test
    void commentsDocumentHasASectionPerReportWithTheEditKept() throws Exception {
        try (XWPFDocument doc = openDoc("点评意见.docx")) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals("2023年度述职评议会" + CommentsDocument.TITLE, texts.get(0));
            assertTrue(texts.contains("一、" + meeting.reports().get(0).label()), texts.toString());
            assertTrue(texts.contains("二、" + meeting.reports().get(1).label()));
            assertTrue(texts.contains("评审人改过的点评。"));
            assertTrue(texts.contains(CommentDrafter.standard().draft(meeting.reports().get(2))));
            assertFalse(texts.contains(CommentDrafter.standard().draft(meeting.reports().get(1))), "the edit replaces the draft");
        }
    }

    @Test
    void scoringSheetIsPrintableWithOneRowPerSecretary() throws Exception {
        try (XSSFWorkbook wb = open("测评表.xlsx")) {
            Sheet s = wb.getSheet(ScoringSheet.SHEET);
            assertEquals(List.of(ScoringSheet.COLUMNS), row(s.getRow(ScoringSheet.HEADER_ROW)));
            assertEquals(REPORTS.size(), s.getLastRowNum() - ScoringSheet.HEADER_ROW);
            assertEquals(meeting.reports().get(2).name(), FORMAT.formatCellValue(s.getRow(ScoringSheet.FIRST_ROW + 2).getCell(2)));
            assertTrue(s.getPrintSetup().getLandscape());
            assertTrue(s.getFitToPage());
            assertEquals(1, s.getPrintSetup().getFitWidth());
            assertEquals(new CellRangeAddress(0, ScoringSheet.HEADER_ROW, -1, -1), s.getRepeatingRows());
            String area = wb.getPrintArea(0);
            assertNotNull(area);
            assertTrue(area.endsWith("$A$1:$G$" + (ScoringSheet.FIRST_ROW + REPORTS.size())), area);
            assertEquals(1, s.getDataValidations().size(), "the group is a drop-down");
        }
    }

    @Test
    void annotatedCopiesCarryTheCommentAndEveryFinding() throws Exception {
        for (int i = 0; i < REPORTS.size(); i++) {
            MeetingReport r = meeting.reports().get(i);
            try (XWPFDocument doc = openDoc("批注/" + REPORTS.get(i).replace(".txt", ".docx"))) {
                List<WordComments.Comment> comments = WordComments.of(doc);
                assertEquals(r.review().findings().size() + 1, comments.size());
                assertTrue(comments.stream().anyMatch(c -> c.text().contains(meeting.comment(r))));
                assertTrue(comments.stream().noneMatch(c -> c.text().contains("建议等次")), "the secretary's copy carries no suggested grade");
            }
        }
    }

    @Test
    void sameFileNamesGetDistinctAnnotatedNames() {
        MeetingReport a = meeting.reports().get(0);
        MeetingReport b = new MeetingReport("other/chengdong-xiaoxue-2022.docx", null, "docx", a.review(), a.facts());
        MeetingReport c = new MeetingReport("x/a:b?.txt", null, "txt", a.review(), a.facts());
        assertEquals(List.of("chengdong-xiaoxue-2022.docx", "chengdong-xiaoxue-2022（2）.docx", "a_b_.docx"),
                MeetingPack.annotatedNames(List.of(a, b, c)));
        assertNull(a.comment());
    }

    private static XSSFWorkbook open(String name) throws Exception {
        try (InputStream in = Files.newInputStream(dir.resolve(name))) {
            return new XSSFWorkbook(in);
        }
    }

    private static XWPFDocument openDoc(String name) throws Exception {
        try (InputStream in = Files.newInputStream(dir.resolve(name))) {
            return new XWPFDocument(in);
        }
    }

    static List<String> row(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null ? "" : FORMAT.formatCellValue(cell));
        }
        return out;
    }
}
