package org.shuzhi.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.nlp.AnalyzedReport;
import org.shuzhi.nlp.ReportAnalyzer;

class MoreInputsTest {
    @TempDir
    Path dir;

    @Test
    void pdfLinesBrokenInsideASentenceAreJoined() throws Exception {
        Path pdf = Path.of("src/test/resources/fixtures/shiliu-cun-2022.pdf");
        Report r = ReportReaders.read(pdf);
        List<String> texts = r.paragraphs().stream().map(Paragraph::text).toList();
        assertEquals("我全年主持支委会12次、讲专题党课3次，带头走访困难党员15户，推动解决群众急难愁盼问题8件。", texts.get(3));
        assertEquals("二、存在的问题", texts.get(4));
        assertEquals(8, texts.size());
    }

    @Test
    void pdfFromAWordProcessorKeepsTitleAndBylineApartAndDropsTheGapsAroundDigits() throws Exception {
        // Made by LibreOffice (writer_pdf_Export) from fixtures/sources/jinjiang-shequ-2023.fodt: a centred
        // title longer than a short line, a centred byline, justified paragraphs with a first-line indent,
        // and the autospace gap between Chinese and digits that PDFBox turns into spaces ("2023 年").
        Report r = ReportReaders.read(Path.of("src/test/resources/fixtures/jinjiang-shequ-2023.pdf"));
        List<String> texts = r.paragraphs().stream().map(Paragraph::text).toList();
        assertEquals(List.of("锦江社区党委书记2023年度抓基层党建工作述职报告", "锦江社区党委书记 刘红梅",
                "2023年，我始终把抓好党建作为第一职责，现将一年来履职情况报告如下。", "一、履职主要情况"), texts.subList(0, 4));
        assertEquals("我全年主持召开党委会24次，讲专题党课4次，带头联系3个网格党支部，每月到网格走访不少于2次。全年发展党员3名，"
                + "其中35岁以下2名；社区“红色物业”议事会解决加装电梯、停车难等问题17件，居民满意度测评达到96.5%。", texts.get(4));
        assertEquals("2024年3月底前由我牵头制定网格党支部组织生活清单，每季度抽查1次；6月底前建立报到党员服务积分台账，"
                + "年底前参加志愿服务的比例达到80%以上。", texts.get(8));
        assertEquals(9, texts.size(), texts.toString());
        AnalyzedReport a = ReportAnalyzer.analyze(r, ReportMeta.UNKNOWN);
        assertEquals(2023, a.meta().year());
        assertEquals("锦江社区党委", a.meta().unit());
    }

    @Test
    void wordNinetySevenFileWithTableIsReadInOrder() throws Exception {
        // Made by LibreOffice ("MS Word 97" filter) from a hand-written report with a table.
        Report r = ReportReaders.read(Path.of("src/test/resources/fixtures/qingshui-shequ-2023.doc"));
        List<String> texts = r.paragraphs().stream().map(Paragraph::text).toList();
        assertEquals("一、履职主要情况", texts.get(2));
        int cell = texts.indexOf("在职党员到社区报到");
        assertTrue(cell > 2 && texts.get(cell + 1).equals("96人") && texts.get(cell + 2).equals("152人"), texts.toString());
        assertTrue(r.paragraphs().get(cell).inTable());
        assertEquals("二、存在的问题", texts.get(cell + 3));
        AnalyzedReport a = ReportAnalyzer.analyze(r, ReportMeta.UNKNOWN);
        assertEquals(2023, a.meta().year());
        assertEquals(Part.PROBLEM, a.paragraphs().get(cell + 4).section());
    }

    @Test
    void truncatedDocIsRefused() throws Exception {
        byte[] whole = Files.readAllBytes(Path.of("src/test/resources/fixtures/qingshui-shequ-2023.doc"));
        Path f = dir.resolve("cut.doc");
        Files.write(f, java.util.Arrays.copyOf(whole, whole.length / 3));
        var e = assertThrows(UnreadableReportException.class, () -> ReportReaders.read(f));
        assertTrue(e.getMessage().contains("cut.doc"), e.getMessage());
    }

    @Test
    void corruptPdfIsRefused() throws Exception {
        Path f = dir.resolve("bad.pdf");
        Files.writeString(f, "%PDF-1.7\n garbage that is not a pdf");
        var e = assertThrows(UnreadableReportException.class, () -> ReportReaders.read(f));
        assertTrue(e.getMessage().contains("bad.pdf") && e.getMessage().contains("PDF"), e.getMessage());
    }

    @Test
    void oddCharactersSurviveAndOffsetsStay() throws Exception {
        String line = "我主持“三会一课”𠀀12次😀，\u200B组织生活会２次。";
        Path f = dir.resolve("odd.txt");
        Files.writeString(f, "述职报告\n" + line + "\n", StandardCharsets.UTF_8);
        Report r = ReportReaders.read(f);
        assertEquals(line, r.paragraphs().get(1).text());
        AnalyzedReport a = ReportAnalyzer.analyze(r, ReportMeta.UNKNOWN);
        assertEquals(line.length(), a.paragraphs().get(1).normalized().length());
    }

    @Test
    void aHugeTextIsReadWhole() throws Exception {
        StringBuilder sb = new StringBuilder("2023年度述职报告\n");
        for (int i = 0; i < 20_000; i++) sb.append("我全年主持支委会第").append(i).append("次会议，研究党建工作。\n");
        Path f = dir.resolve("huge.txt");
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        Report r = ReportReaders.read(f);
        assertEquals(20_001, r.paragraphs().size());
        assertEquals("我全年主持支委会第19999次会议，研究党建工作。", r.paragraphs().get(20_000).text());
    }
}
