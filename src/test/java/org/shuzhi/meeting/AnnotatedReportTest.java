package org.shuzhi.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.review.ParagraphResult;
import org.shuzhi.review.ReviewRequest;
import org.shuzhi.review.Reviewers;
import org.shuzhi.rules.Finding;

class AnnotatedReportTest {
    /** A report whose weak spans cross runs: "我们支部" split between a bold and an italic run, "XX次" split inside. */
    static final List<List<String>> RUNS = List.of(
            List.of("2023年度抓基层党建工作述职报告"),
            List.of("城东小学党支部书记 王丽华"),
            List.of("一、履职主要情况"),
            List.of("一年来，", "我们", "支部", "坚持政治引领，认真落实全面从严治党主体责任，推动各项工作取得明显成效。"),
            List.of("全年开展集中学习X", "X次，", "我主持支委会12次、讲专题党课3次，带头联系2个教研组。"),
            List.of("二、存在的问题"),
            List.of("部分党员", "年纪偏大，参加组织生活不积极，支部活动吸引力不强。"),
            List.of("三、下一步工作打算"),
            List.of("进一步加强理论学习，不断提升党建工作质量。"));

    static MeetingReviewer reviewer;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        reviewer = new MeetingReviewer(Reviewers.withoutArchive());
    }

    static byte[] docx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<String> runs : RUNS) {
                XWPFParagraph p = doc.createParagraph();
                for (int i = 0; i < runs.size(); i++) {
                    XWPFRun r = p.createRun();
                    r.setText(runs.get(i));
                    // formatting that must survive the split
                    r.setBold(i % 2 == 1);
                    r.setItalic(i == 2);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void eachFindingIsACommentOnItsOwnSpanAcrossRuns() throws Exception {
        MeetingReport report = reviewer.review("城东小学.docx", docx(), ReviewRequest.defaults());
        List<Finding> spanned = report.review().findings().stream().filter(f -> f.span() != null).toList();
        assertTrue(spanned.stream().anyMatch(f -> f.rule().equals("COLLECTIVE_VOICE")), "the team's voice is flagged: " + report.review().findings());
        assertTrue(spanned.stream().anyMatch(f -> f.rule().equals("PLACEHOLDER_LEFT")), "the placeholder is flagged: " + report.review().findings());
        XWPFDocument doc = annotated(report, "点评草稿：讲成绩有数据。");
        List<WordComments.Comment> comments = WordComments.of(doc);
        // one comment per finding, one for the 点评
        assertEquals(report.review().findings().size() + 1, comments.size());
        for (WordComments.Comment c : comments) {
            assertEquals(AnnotatedReport.AUTHOR, c.author());
            assertTrue(c.referenced(), "range closed and referenced: " + c);
        }
        for (Finding f : report.review().findings()) {
            WordComments.Comment c = comments.stream().filter(k -> k.text().contains(f.message())).findFirst().orElse(null);
            assertNotNull(c, "a comment carries " + f.message());
            String paragraph = report.review().paragraphs().get(f.paragraph() == null ? 0 : f.paragraph()).text();
            String expected = f.paragraph() == null ? paragraph : f.span() == null ? paragraph : paragraph.substring(f.span().start(), f.span().end());
            assertEquals(expected, c.anchored(), f.rule() + " anchored on its span");
        }
        WordComments.Comment title = comments.stream().filter(k -> k.text().startsWith("点评意见：")).findFirst().orElseThrow();
        assertEquals(RUNS.get(0).get(0), title.anchored());
        assertTrue(title.text().contains("点评草稿：讲成绩有数据。") && title.text().contains("建议等次："), title.text());
        // the document's text and its runs' formatting are as they were
        List<String> texts = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) texts.add(p.getText());
        assertEquals(RUNS.stream().map(r -> String.join("", r)).toList(), texts);
        XWPFParagraph team = doc.getParagraphs().get(3);
        String italic = team.getRuns().stream().filter(XWPFRun::isItalic).map(XWPFRun::text).reduce("", String::concat);
        assertEquals("支部", italic);
    }

    @Test
    void aPlaceholderSplitAcrossTwoRunsIsAnchoredWhole() throws Exception {
        MeetingReport report = reviewer.review("城东小学.docx", docx(), ReviewRequest.defaults());
        Finding placeholder = report.review().findings().stream().filter(f -> f.rule().equals("PLACEHOLDER_LEFT")).findFirst().orElseThrow();
        List<WordComments.Comment> comments = WordComments.of(annotated(report, null));
        WordComments.Comment c = comments.stream().filter(k -> k.text().contains(placeholder.message())).findFirst().orElseThrow();
        String paragraph = report.review().paragraphs().get(placeholder.paragraph()).text();
        assertTrue(c.anchored().contains("XX"), c.anchored());
        assertEquals(paragraph.substring(placeholder.span().start(), placeholder.span().end()), c.anchored());
        assertTrue(c.text().contains("依据：占位符："), "the evidence is in the comment: " + c.text());
        assertFalse(comments.stream().anyMatch(k -> k.text().startsWith("点评意见：")), "no 点评 given, none written");
    }

    @Test
    void aTextReportComesBackAsACleanDocxWithTheSameComments() throws Exception {
        String text = String.join("\n", RUNS.stream().map(r -> String.join("", r)).toList());
        MeetingReport report = reviewer.review("城东小学.txt", text.getBytes(StandardCharsets.UTF_8), ReviewRequest.defaults());
        XWPFDocument doc = annotated(report, "点评。");
        assertEquals(report.review().paragraphs().stream().map(ParagraphResult::text).toList(),
                doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        List<WordComments.Comment> comments = WordComments.of(doc);
        assertEquals(report.review().findings().size() + 1, comments.size());
        for (Finding f : report.review().findings()) {
            if (f.span() == null || f.paragraph() == null) continue;
            String paragraph = report.review().paragraphs().get(f.paragraph()).text();
            assertTrue(comments.stream().anyMatch(k -> k.text().contains(f.message()) && paragraph.substring(f.span().start(), f.span().end()).equals(k.anchored())),
                    f.rule());
        }
    }

    /** The file must open in word processors: LibreOffice reads it and keeps every comment. Skipped where LibreOffice is not installed. */
    @Test
    void libreOfficeOpensItWithEveryComment() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/soffice")), "LibreOffice not installed");
        MeetingReport report = reviewer.review("城东小学.docx", docx(), ReviewRequest.defaults());
        Path in = dir.resolve("批注.docx");
        try (var out = Files.newOutputStream(in)) {
            AnnotatedReport.write(report, "点评。", GradeSuggester.standard().suggest(report.review()), out);
        }
        Process p = new ProcessBuilder("/usr/bin/soffice", "-env:UserInstallation=file://" + dir.resolve("lo"), "--headless",
                "--convert-to", "odt", "--outdir", dir.toString(), in.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished");
        Path odt = dir.resolve("批注.odt");
        assertTrue(Files.exists(odt), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        String content;
        try (var zip = new java.util.zip.ZipFile(odt.toFile())) {
            content = new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        int annotations = content.split("<office:annotation ", -1).length - 1;
        assertEquals(report.review().findings().size() + 1, annotations);
        assertTrue(content.contains("<office:annotation-end"), "ranges kept, not only points");
    }

    private static XWPFDocument annotated(MeetingReport report, String comment) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnotatedReport.write(report, comment, GradeSuggester.standard().suggest(report.review()), out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }
}
