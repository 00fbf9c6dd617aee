package org.shuzhi.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paragraphs run together on one line, as text copied from a web page arrives. */
class InlineBreaksTest {
    private static List<String> texts(Report r) {
        return r.paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void headingsAndParagraphsRunTogetherWithBlanksAreSplit() {
        String line = "一、履职情况 （一）抓理论学习。我全年主持集中学习12次。  （二）抓组织建设。我牵头完成支部换届。"
                + " 二、存在的问题 一是学习不够深入。二是制度执行不严。　　三、下一步打算 2024年3月底前由我牵头修订制度。";
        assertEquals(List.of("一、履职情况", "（一）抓理论学习。我全年主持集中学习12次。", "（二）抓组织建设。我牵头完成支部换届。",
                "二、存在的问题", "一是学习不够深入。二是制度执行不严。", "三、下一步打算", "2024年3月底前由我牵头修订制度。"),
                InlineBreaks.split(line));
    }

    @Test
    void everyPieceIsExactlyAStretchOfTheLineInOrder() {
        String line = "2023年度述职报告 1.抓学习。我讲党课3次。 2.抓队伍。发展党员2名。  以上述职，请予评议。";
        List<String> pieces = InlineBreaks.split(line);
        assertEquals(4, pieces.size(), pieces.toString());
        int from = 0;
        for (String piece : pieces) {
            int at = line.indexOf(piece, from);
            assertTrue(at >= from, piece);
            assertTrue(line.substring(from, at).isBlank(), "only blanks are left out between pieces");
            from = at + piece.length();
        }
        assertEquals(line.length(), from);
    }

    @Test
    void sentencesEndingBeforeTwoBlanksOrAnIdeographicIndentAreParagraphs() {
        assertEquals(List.of("我全年讲党课4次。", "我对青年党员关心不够。"), InlineBreaks.split("我全年讲党课4次。  我对青年党员关心不够。"));
        assertEquals(List.of("我全年讲党课4次。”", "明年我牵头修订制度。"), InlineBreaks.split("我全年讲党课4次。”　　明年我牵头修订制度。"));
    }

    @Test
    void aTitleThenAnIndentedParagraph() {
        assertEquals(List.of("2023年度述职报告", "一年来，我认真履行党建第一责任人职责，现将有关情况报告如下。"),
                InlineBreaks.split("2023年度述职报告　　一年来，我认真履行党建第一责任人职责，现将有关情况报告如下。"));
        // a byline's unit and name stay together, however wide the blank between them
        assertEquals(List.of("城东小学党支部书记　　王丽华"), InlineBreaks.split("城东小学党支部书记　　王丽华"));
    }

    @Test
    void blanksThatAreNoParagraphBreakStay() {
        for (String line : new String[] {
                "二、存 在 问 题",                              // spaced out for looks
                "城东小学党支部书记 王丽华",                      // byline
                "我主持支委会12次。讲党课 3 次！ 明年继续抓落实。",  // one blank after a sentence, inside a paragraph
                "2023 年度抓基层党建工作述职报告",                 // PDF blank between digits and Chinese
                "一、 履职情况",                                 // blank after the number
                "主要问题有 一是学习不深，二是落实不够。",          // 一是 inside a paragraph
                "全年共召开支委会 12 次，2023年 1月起每月通报。"}) {
            assertEquals(List.of(line), InlineBreaks.split(line), line);
        }
    }

    @Test
    void reportsSplitTheirLinesButNotTheirTableCells() {
        String line = "一、履职情况 我全年主持集中学习12次，讲党课3次。";
        Report text = Report.fromText("t.txt", "2023年度述职报告\n" + line);
        assertEquals(List.of("2023年度述职报告", "一、履职情况", "我全年主持集中学习12次，讲党课3次。"), texts(text));
        for (int i = 0; i < text.paragraphs().size(); i++) assertEquals(i, text.paragraphs().get(i).index());
        Report cells = new Report("t.docx", List.of(new Paragraph(0, line, true)));
        assertEquals(List.of(line), texts(cells));
    }
}
