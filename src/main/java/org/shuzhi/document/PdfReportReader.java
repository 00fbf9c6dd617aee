package org.shuzhi.document;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF through PDFBox. PDF text breaks lines inside sentences, so a line is joined to the next when it was
 * wrapped: it runs to the right edge of the text (and is not a centred title), does not end a sentence, and
 * the next one does not start like a heading. A title or byline ends short of the edge, so it stays apart.
 */
final class PdfReportReader implements ReportReader {
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[。！？!?：:；;”」）)]$");
    private static final Pattern STARTS_HEADING = Pattern.compile(
            "^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[)）]|\\d{1,2}[.．、](?!\\d)|[一二三四五六七八九十]是|第[一二三四五六七八九十]+[,，、:：])");
    /** Chinese characters and full-width punctuation. */
    private static final String CJK = "\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018\\u2019\\u201C\\u201D\\u2026\\u2014";
    /**
     * Blanks between Chinese and Latin letters or digits: the gap a word processor leaves there ("2023 年",
     * autospace) comes out of PDFBox as a space that the document never had.
     */
    private static final Pattern CJK_GAP = Pattern.compile(
            "(?<=[" + CJK + "])[ \\u00A0]+(?=[\\p{Alnum}%])|(?<=[\\p{Alnum}%])[ \\u00A0]+(?=[" + CJK + "])");

    @Override
    public Report read(String name, byte[] bytes) throws UnreadableReportException {
        Lines lines = new Lines();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            lines.setSortByPosition(true);
            lines.writeText(doc, Writer.nullWriter());
        } catch (InvalidPasswordException e) {
            throw new UnreadableReportException(name, "PDF 设有打开密码（已加密），无法读取；请去掉密码后再试", e);
        } catch (Exception | LinkageError e) {
            throw new UnreadableReportException(name, "文件已损坏或不完整，不是有效的 PDF 文档", e);
        }
        if (lines.all.stream().allMatch(l -> l.text().isBlank())) {
            throw new UnreadableReportException(name, "PDF 中没有文字层（可能是扫描件或图片），无法读取文字；请提供 Word 或文本文件，或先做文字识别（OCR）");
        }
        float left = (float) lines.all.stream().mapToDouble(Line::start).min().orElse(0);
        float right = rightEdge(lines.all);
        List<String> merged = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (Line l : lines.all) {
            String t = tidy(l.text());
            if (t.isEmpty() || STARTS_HEADING.matcher(t).find()) flush(merged, current);
            if (t.isEmpty()) continue;
            current.append(t);
            if (ENDS_SENTENCE.matcher(t).matches() || !l.wrapped(left, right)) flush(merged, current);
        }
        flush(merged, current);
        return Report.fromText(name, String.join("\n", merged));
    }

    /**
     * Where the text's lines end: where two of the longest lines end together (justified text, or fixed-width
     * characters), as punctuation hanging past the edge makes a few lines longer; else the longest line's end.
     */
    static float rightEdge(List<Line> lines) {
        List<Line> byEnd = new ArrayList<>(lines);
        byEnd.sort(java.util.Comparator.comparingDouble(Line::end).reversed());
        if (byEnd.isEmpty()) return 0;
        float longest = byEnd.get(0).end();
        for (int i = 0; i + 1 < byEnd.size() && byEnd.get(i).end() >= longest - 2 * byEnd.get(i).size(); i++) {
            if (byEnd.get(i).end() - byEnd.get(i + 1).end() <= 1) return byEnd.get(i).end();
        }
        return longest;
    }

    /** A line as a reader sees it: trimmed, without the blanks PDF layout puts between Chinese and digits. */
    static String tidy(String line) {
        return CJK_GAP.matcher(ParagraphSplitter.strip(line)).replaceAll("");
    }

    private static void flush(List<String> out, StringBuilder sb) {
        if (sb.length() > 0) out.add(sb.toString());
        sb.setLength(0);
    }

    /** One line of text with where it starts and ends across the page, and its font size. */
    record Line(String text, float start, float end, float size) {
        /**
         * Wrapped by the layout: it reaches the right edge of the text within a character and a half (ragged
         * lines stop short by what did not fit), and is not centred (a title, a byline).
         */
        boolean wrapped(float left, float right) {
            float leftGap = start - left, rightGap = right - end;
            boolean centred = leftGap >= size / 2 && Math.abs(leftGap - rightGap) <= size / 2;
            return rightGap <= 1.5f * size && !centred;
        }
    }

    /** PDFBox's text, collected line by line with each line's extent (PDFBox keeps it only per glyph). */
    private static final class Lines extends PDFTextStripper {
        final List<Line> all = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private float start = Float.MAX_VALUE, end = -Float.MAX_VALUE, size;

        @Override
        protected void writeString(String s, List<TextPosition> positions) {
            text.append(s);
            for (TextPosition p : positions) {
                start = Math.min(start, p.getXDirAdj());
                end = Math.max(end, p.getXDirAdj() + p.getWidthDirAdj());
                size = Math.max(size, p.getFontSizeInPt());
            }
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void writePageEnd() throws IOException {
            endLine();
            super.writePageEnd();
        }

        private void endLine() {
            if (text.length() > 0) all.add(new Line(text.toString(), start, end, size));
            text.setLength(0);
            start = Float.MAX_VALUE;
            end = -Float.MAX_VALUE;
            size = 0;
        }
    }
}
