package org.shuzhi.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextPiecesTest {
    @TempDir
    Path dir;

    private static final int MAX = Report.MAX_PARAGRAPH_CHARS;

    private static String joined(List<Paragraph> ps) {
        StringBuilder b = new StringBuilder();
        for (Paragraph p : ps) b.append(p.text());
        return b.toString();
    }

    @Test
    void aLongUnpunctuatedLineBecomesBoundedPiecesThatJoinToTheOriginal() throws Exception {
        // a pasted text with neither line breaks nor punctuation, with characters outside the BMP
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 25_000; i++) sb.append("我主持支委会研究党建工作").append(i % 7 == 0 ? "𠀀" : "").append(i);
        String line = sb.toString();
        Path f = dir.resolve("one-line.txt");
        Files.writeString(f, "2023年度述职报告\n" + line + "\n以上述职请予评议。", StandardCharsets.UTF_8);
        Report r = ReportReaders.read(f);
        List<Paragraph> ps = r.paragraphs();
        assertEquals("2023年度述职报告", ps.get(0).text());
        assertEquals("以上述职请予评议。", ps.get(ps.size() - 1).text());
        List<Paragraph> pieces = ps.subList(1, ps.size() - 1);
        assertTrue(pieces.size() >= line.length() / MAX, "pieces: " + pieces.size());
        for (int i = 0; i < ps.size(); i++) assertEquals(i, ps.get(i).index());
        for (Paragraph p : pieces) {
            assertTrue(p.text().length() <= MAX, "piece of " + p.text().length());
            assertTrue(!Character.isLowSurrogate(p.text().charAt(0)), "a surrogate pair was split");
        }
        assertEquals(line, joined(pieces));
    }

    @Test
    void aReportPastedAsOneLineIsCutAtSentenceEnds() {
        String sentence = "我全年主持支委会12次、讲专题党课3次，推动解决群众“急难愁盼”问题8件。";
        String line = sentence.repeat(200);
        List<Paragraph> ps = Report.fromText("r.txt", line).paragraphs();
        assertTrue(ps.size() > 1);
        for (Paragraph p : ps) {
            assertTrue(p.text().length() <= MAX && p.text().endsWith("。"), p.text().substring(p.text().length() - 5));
        }
        assertEquals(line, joined(ps));
    }

    @Test
    void realParagraphsAreLeftAlone() {
        List<Paragraph> ps = List.of(new Paragraph(0, "一、履职主要情况", false), new Paragraph(1, "我".repeat(MAX), true));
        assertSame(ps, TextPieces.bounded(ps));
        assertEquals(List.of("一二三"), TextPieces.pieces("一二三", 3));
    }

    @Test
    void combiningMarksStayWithTheirLetter() {
        String text = "e\u0301".repeat(10);
        for (String piece : TextPieces.pieces(text, 5)) {
            assertTrue(piece.length() <= 5 && piece.charAt(0) == 'e', piece);
        }
    }
}
