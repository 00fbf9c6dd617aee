package org.shuzhi.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.TestFiles;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;

/** Every kind of bad or odd input: read correctly, or refused with one line that names the file and the reason. */
class BadInputsTest {
    @TempDir
    Path dir;

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    private static String refusal(Path file) {
        var e = assertThrows(UnreadableReportException.class, () -> ReportReaders.read(file), file.toString());
        String m = e.getMessage();
        assertTrue(m.contains(file.toString()), m);
        assertEquals(1, m.lines().count(), m);
        return m;
    }

    private static List<String> texts(Path file) throws Exception {
        return ReportReaders.read(file).paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void junkUnderAReportsNameIsCalledWhatItIs() throws Exception {
        byte[] junk = new byte[8192];
        new Random(11).nextBytes(junk);
        junk[0] = 0x13; // not by chance a magic number
        for (String name : List.of("junk.txt", "junk.docx", "junk.doc", "junk.pdf")) {
            Path f = Files.write(dir.resolve(name), junk);
            String m = refusal(f);
            if (name.endsWith(".txt")) assertTrue(m.contains("不是文本文件"), m);
            if (name.endsWith(".pdf")) assertTrue(m.contains("不是 PDF 文档"), m);
            if (name.contains(".doc")) assertTrue(m.contains("不是 Word 文档"), m);
        }
    }

    @Test
    void otherFormatsUnderAWordName() throws Exception {
        Path rtf = Files.writeString(dir.resolve("rtf.doc"), "{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}\\'ca\\'f6\\'d6\\'b0}");
        assertTrue(refusal(rtf).contains("RTF"));
        Path html = Files.writeString(dir.resolve("web.doc"), "<html><head><meta charset=\"utf-8\"></head><body><p>述职报告</p></body></html>");
        assertTrue(refusal(html).contains("网页"));
        Path xlsx = dir.resolve("sheet.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(xlsx))) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("xl/workbook.xml"));
            z.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(refusal(xlsx).contains("Excel"));
        Path zip = dir.resolve("reports.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("城东小学2023.txt"));
            z.write("述职报告".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(refusal(zip).contains("压缩包"));
    }

    @Test
    void aDocxWhoseBodyIsDamagedIsCorrupt() throws Exception {
        Path whole = TestFiles.docx(dir, "whole.docx", List.of("一、履职主要情况", "我主持支委会12次。"));
        ByteArrayOutputStream damaged = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(whole)); ZipOutputStream out = new ZipOutputStream(damaged)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] body = in.readAllBytes();
                out.write(e.getName().equals("word/document.xml") ? java.util.Arrays.copyOf(body, body.length / 2) : body);
            }
        }
        Path f = Files.write(dir.resolve("damaged.docx"), damaged.toByteArray());
        assertTrue(refusal(f).contains("损坏"));
    }

    @Test
    void passwordProtectedWordFilesSaySo() {
        // .doc: LibreOffice 7.4 ("MS Word 97", password 1234); .docx: LibreOffice's .docx, encrypted (Agile,
        // as Word does) with POI, since LibreOffice 7.4 cannot save an encrypted .docx
        for (String name : List.of("jinping-shequ-2023-password.doc", "jinping-shequ-2023-password.docx")) {
            assertTrue(refusal(FIXTURES.resolve(name)).contains("密码"), name);
        }
    }

    @Test
    void aScannedPdfSaysItHasNoTextLayer() {
        // LibreOffice's PDF of a page that is only a picture of the report's text
        String m = refusal(FIXTURES.resolve("jinping-shequ-2023-scanned.pdf"));
        assertTrue(m.contains("没有文字层") && m.contains("扫描件"), m);
    }

    private static final String REPORT = "2023年度抓基层党建工作述职报告\n城东小学党支部书记 王丽华\n一、履职主要情况\n我全年主持支委会12次，讲专题党课3次。\n";

    @Test
    void utf16BigEndianWithBomAndLittleEndianWithout() throws Exception {
        byte[] be = ("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(REPORT.strip().lines().toList(), texts(Files.write(dir.resolve("be.txt"), be)));
        byte[] le = REPORT.getBytes(StandardCharsets.UTF_16LE);
        assertEquals(REPORT.strip().lines().toList(), texts(Files.write(dir.resolve("le.txt"), le)));
    }

    @Test
    void big5IsDetected() throws Exception {
        String text = "2023年度抓基層黨建工作述職報告\n"
                + "東門里社區黨支部書記 林志宏\n"
                + "一、履職主要情況\n"
                + "今年我帶頭講黨課三次，走訪轄區困難黨員和獨居老人二十七戶，協調解決社區停車難、路燈不亮等問題九件。"
                + "支部堅持每月召開支委會，組織黨員參加志願服務活動十二場，新發展黨員兩名。\n"
                + "二、存在的問題\n"
                + "對年輕黨員的教育管理辦法不多，部分流動黨員長期不參加組織生活。\n";
        Path f = TestFiles.text(dir, "big5.txt", text, Charset.forName("Big5"));
        assertEquals(text.strip().lines().toList(), texts(f));
        // traditional characters are read for the metadata too (through the normalised copy)
        ReportMeta meta = ReportAnalyzer.analyze(ReportReaders.read(f), ReportMeta.UNKNOWN).meta();
        assertEquals(new ReportMeta("东门里社区党支部", 2023, "党支部书记", "林志宏"), meta);
    }

    @Test
    void crAndCrlfLineEnds() throws Exception {
        for (String end : List.of("\r\n", "\r")) {
            Path f = TestFiles.text(dir, "lines.txt", REPORT.replace("\n", end), StandardCharsets.UTF_8);
            assertEquals(REPORT.strip().lines().toList(), texts(f), end.length() + " chars");
        }
    }

    @Test
    void oddCharactersAreKeptAndDoNotHideHeadings() throws Exception {
        String text = "2023年度述职报告\n"
                + "一、履 职 主 要 情 况\n"                            // spaced out for looks
                + "我主持支委会１２次\uE000，带领党员😀参加志愿服务，培训cafe\u0301店员工。\n" // full-width digits, private use, emoji, combining mark
                + "二、存在\u200B的问\u200B题\n"                       // zero-width spaces pasted from a web page
                + "理论学习不够系统。\n";
        Path f = TestFiles.text(dir, "odd.txt", text, StandardCharsets.UTF_8);
        Report r = ReportReaders.read(f);
        assertEquals(text.strip().lines().toList(), r.paragraphs().stream().map(Paragraph::text).toList());
        AnalyzedReport a = ReportAnalyzer.analyze(r, ReportMeta.UNKNOWN);
        List<Part> sections = a.paragraphs().stream().map(AnalyzedParagraph::section).toList();
        assertEquals(List.of(Part.OTHER, Part.ACHIEVEMENT, Part.ACHIEVEMENT, Part.PROBLEM, Part.PROBLEM), sections);
        AnalyzedParagraph odd = a.paragraphs().get(2);
        assertEquals(odd.text().length(), odd.normalized().length());
        for (var t : odd.tokens()) assertEquals(t.word(), odd.normalized().substring(t.start(), t.end()));
        assertTrue(odd.tokens().stream().anyMatch(t -> t.word().equals("12")), odd.tokens().toString());
    }
}
