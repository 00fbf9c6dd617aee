package org.shuzhi.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every paragraph read from a text knows where it starts in that text, so spans map back to what was sent. */
class ParagraphStartTest {
    private static void assertStartsMapBack(String text, Report r) {
        for (Paragraph p : r.paragraphs()) {
            assertTrue(p.hasStart(), "paragraph " + p.index());
            assertEquals(p.text(), text.substring(p.start(), p.start() + p.text().length()), "paragraph " + p.index());
        }
    }

    @Test
    void linesOfEveryEndingAndPaddingMapBackToTheText() {
        String text = "\uFEFF  2023年度述职报告\r\n\r\n　　城东小学党支部书记 王芳\r一、履职主要情况\n\t我主持支委会12次。  \u2028"
                + "二、存在的问题\u2029\n   \n我对青年教师关心不够。\n";
        Report r = Report.fromText("t", text);
        assertEquals(List.of("2023年度述职报告", "城东小学党支部书记 王芳", "一、履职主要情况", "我主持支委会12次。",
                "二、存在的问题", "我对青年教师关心不够。"), r.paragraphs().stream().map(Paragraph::text).toList());
        assertStartsMapBack(text, r);
        assertEquals(3, r.paragraphs().get(0).start()); // after the BOM and two spaces
    }

    @Test
    void piecesOfALongLineKeepTheirPlaceInTheText() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; line.length() < 9_000; i++) line.append("我主持支委会研究党建工作第").append(i).append("次。");
        String text = "标题\n" + line + "\n以上述职。";
        Report r = Report.fromText("t", text);
        assertTrue(r.paragraphs().size() > 5, "cut into pieces: " + r.paragraphs().size());
        assertStartsMapBack(text, r);
    }

    @Test
    void wordParagraphsHaveNoPlaceInOneText() {
        Paragraph p = new Paragraph(0, "我主持支委会12次。", false);
        assertFalse(p.hasStart());
        assertEquals(Paragraph.UNKNOWN_START, p.startOf(3));
    }
}
