package org.shuzhi.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.TestFiles;

class ReportReadersTest {
    @TempDir
    Path dir;

    private static final String BODY = "2023年度抓基层党建工作述职报告\n\n城东小学党支部书记 王丽华\n一、履职主要情况\n我全年主持支委会12次。\n";

    @Test
    void docxKeepsParagraphsAndTableCellsInDocumentOrder() throws Exception {
        Path f = TestFiles.docx(dir, "r.docx", List.of("述职报告", "一、履职主要情况", "|指标|完成", "|党课|3次",
                "二、存在的问题", "   ", "理论学习不够系统。"));
        Report r = ReportReaders.read(f);
        List<String> texts = r.paragraphs().stream().map(Paragraph::text).toList();
        assertEquals(List.of("述职报告", "一、履职主要情况", "指标", "完成", "党课", "3次", "二、存在的问题", "理论学习不够系统。"), texts);
        assertTrue(r.paragraphs().get(2).inTable());
        assertEquals(7, r.paragraphs().get(7).index());
    }

    @Test
    void gbkAndGb18030TextIsDetected() throws Exception {
        for (String cs : List.of("GBK", "GB18030", "GB2312")) {
            Report r = ReportReaders.read(TestFiles.text(dir, cs + ".txt", BODY, Charset.forName(cs)));
            assertEquals("城东小学党支部书记 王丽华", r.paragraphs().get(1).text(), cs);
            assertEquals(4, r.paragraphs().size());
        }
    }

    @Test
    void utf8WithAndWithoutBomAndUtf16() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(dir.resolve("bom.txt"), withBom);
        assertEquals("2023年度抓基层党建工作述职报告", ReportReaders.read(dir.resolve("bom.txt")).paragraphs().get(0).text());
        assertEquals(4, ReportReaders.read(TestFiles.text(dir, "plain.txt", BODY, StandardCharsets.UTF_8)).paragraphs().size());
        byte[] utf16 = ("\uFEFF" + BODY).getBytes(StandardCharsets.UTF_16LE);
        Files.write(dir.resolve("u16.txt"), utf16);
        assertEquals(4, ReportReaders.read(dir.resolve("u16.txt")).paragraphs().size());
    }

    @Test
    void emptyFileIsRefusedByName() throws Exception {
        Path f = Files.createFile(dir.resolve("空白.txt"));
        var e = assertThrows(UnreadableReportException.class, () -> ReportReaders.read(f));
        assertTrue(e.getMessage().contains("空白.txt") && e.getMessage().contains("为空"), e.getMessage());
        Files.writeString(dir.resolve("blank.txt"), " \n\u3000\n\t\n");
        var blank = assertThrows(UnreadableReportException.class, () -> ReportReaders.read(dir.resolve("blank.txt")));
        assertTrue(blank.getMessage().contains("blank.txt"), blank.getMessage());
    }

    @Test
    void truncatedDocxIsRefusedAsCorrupt() throws Exception {
        Path whole = TestFiles.docx(dir, "whole.docx", List.of("一、履职主要情况", "我主持支委会12次。"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.docx");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        var e = assertThrows(UnreadableReportException.class, () -> ReportReaders.read(cut));
        assertTrue(e.getMessage().contains("cut.docx") && e.getMessage().contains("损坏"), e.getMessage());
    }

    @Test
    void binaryAndUnsupportedFilesAreRefused() throws Exception {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Path bin = dir.resolve("data.txt");
        Files.write(bin, junk);
        var e = assertThrows(UnreadableReportException.class, () -> ReportReaders.read(bin));
        assertTrue(e.getMessage().contains("data.txt"), e.getMessage());
        Path png = dir.resolve("photo.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        var unsupported = assertThrows(UnreadableReportException.class, () -> ReportReaders.read(png));
        assertTrue(unsupported.getMessage().contains("photo.png") && unsupported.getMessage().contains("不支持"));
        var missing = assertThrows(UnreadableReportException.class, () -> ReportReaders.read(dir.resolve("nope.docx")));
        assertTrue(missing.getMessage().contains("不存在"));
    }

    @Test
    void docxNamedDocIsStillRead() throws Exception {
        Path docx = TestFiles.docx(dir, "x.docx", List.of("述职报告", "我主持支委会12次。"));
        Path renamed = Files.copy(docx, dir.resolve("old.doc"));
        assertEquals(2, ReportReaders.read(renamed).paragraphs().size());
    }
}
