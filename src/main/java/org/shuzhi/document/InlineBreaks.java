package org.shuzhi.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Paragraphs run together on one line. Text copied from a web page often loses its line breaks and keeps
 * only the blanks that stood between paragraphs: "一、履职情况 （一）抓学习。我……。  （二）抓队伍。……
 * 二、存在问题 ……". A line is cut where a blank stands for a paragraph break:
 * <ul>
 *   <li>two or more blanks (or an ideographic space, a tab: the indent of the next paragraph) after the end
 *       of a sentence;</li>
 *   <li>any blank before a heading number (一、 （一） 第一部分 1. （1） ①) when a sentence ends before it, or
 *       a heading or the title line does;</li>
 *   <li>a blank between a short numbered heading ("二、对标检视") and the sentence that follows it, or two
 *       blanks (an indent) between a heading or the title line and the sentence after it.</li>
 * </ul>
 * A blank inside a sentence, a spaced-out heading ("存 在 问 题"), a byline ("城东小学党支部 王丽华") and
 * "2023 年" stay as they are. Each piece is exactly a stretch of the line (only the blanks between pieces
 * are left out), so offsets into a piece point into what the user wrote.
 */
final class InlineBreaks {
    private static final String SENTENCE_ENDS = "。！？；!?;…";
    private static final String CLOSERS = "”’」』）)\"'】";
    /** Heading numbers at the start of a paragraph, full- and half-width (the text is not normalised here). */
    private static final Pattern HEADING_NUMBER = Pattern.compile(
            "(?:[一二三四五六七八九十]{1,3}[、.．](?![\\d０-９])|第[一二三四五六七八九十]{1,3}部分"
                    + "|[（(][一二三四五六七八九十]{1,3}[）)]|[\\d０-９]{1,2}[.．、](?![\\d０-９])|[（(][\\d０-９]{1,2}[）)]|[\\u2460-\\u2473])");
    /** Only the outer numbers (一、 （一） 第一部分) head a part or section whose content may follow on the line. */
    private static final Pattern OUTER_NUMBER = Pattern.compile(
            "(?:[一二三四五六七八九十]{1,3}[、.．](?![\\d０-９])|第[一二三四五六七八九十]{1,3}部分|[（(][一二三四五六七八九十]{1,3}[）)])");
    private static final int MAX_HEADING_CHARS = 40;
    private static final int MAX_SHORT_HEADING_CHARS = 20;
    /** How far to look for the end of the sentence after a short heading. */
    private static final int LOOKAHEAD = 200;

    private InlineBreaks() {}

    /** The paragraphs of one line: the line itself when nothing in it is a paragraph break. */
    static List<String> split(String line) {
        List<String> out = null;
        int pieceStart = 0;
        int i = 0, n = line.length();
        while (i < n) {
            if (!isBlank(line.charAt(i))) {
                i++;
                continue;
            }
            int gapStart = i;
            while (i < n && isBlank(line.charAt(i))) i++;
            int gapEnd = i;
            int segStart = skipBlanks(line, pieceStart);
            if (gapStart == 0 || gapEnd == n || segStart >= gapStart) continue;
            if (breaksAt(line, segStart, gapStart, gapEnd, segStart == skipBlanks(line, 0))) {
                if (out == null) out = new ArrayList<>();
                out.add(line.substring(segStart, gapStart));
                pieceStart = gapEnd;
            }
        }
        if (out == null) return List.of(line);
        int segStart = skipBlanks(line, pieceStart);
        int end = n;
        while (end > segStart && isBlank(line.charAt(end - 1))) end--;
        if (end > segStart) out.add(line.substring(segStart, end));
        return out;
    }

    private static boolean breaksAt(String line, int segStart, int gapStart, int gapEnd, boolean firstPiece) {
        boolean sentenceEnd = endsSentence(line, segStart, gapStart);
        if (sentenceEnd && isWideGap(line, gapStart, gapEnd)) return true;
        boolean headingNext = HEADING_NUMBER.matcher(line).region(gapEnd, line.length()).lookingAt();
        if (headingNext) return sentenceEnd || isHeading(line, segStart, gapStart, firstPiece);
        if (!sentenceFollows(line, gapEnd)) return false;
        // a heading or the title, then the indent of the paragraph under it
        return isShortHeading(line, segStart, gapStart) || isWideGap(line, gapStart, gapEnd) && isHeading(line, segStart, gapStart, firstPiece);
    }

    /** Two blanks or more, or an ideographic space or a tab: the indent a paragraph starts with. */
    private static boolean isWideGap(String line, int from, int to) {
        if (to - from >= 2) return true;
        char c = line.charAt(from);
        return c == '\u3000' || c == '\t';
    }

    private static boolean endsSentence(String line, int from, int to) {
        int i = to - 1;
        while (i > from && CLOSERS.indexOf(line.charAt(i)) >= 0) i--;
        return SENTENCE_ENDS.indexOf(line.charAt(i)) >= 0;
    }

    /** A heading or the title line: short, and no sentence or clause in it. */
    private static boolean isHeading(String line, int from, int to, boolean firstPiece) {
        if (to - from > MAX_HEADING_CHARS || !(firstPiece || HEADING_NUMBER.matcher(line).region(from, to).lookingAt())) return false;
        for (int i = from; i < to; i++) if ("。！？；!?;，,".indexOf(line.charAt(i)) >= 0) return false;
        return true;
    }

    /** "二、对标检视": an outer heading number and a few words with no punctuation at all. */
    private static boolean isShortHeading(String line, int from, int to) {
        var m = OUTER_NUMBER.matcher(line).region(from, to);
        if (!m.lookingAt()) return false;
        int words = to - m.end();
        if (words < 2 || words > MAX_SHORT_HEADING_CHARS) return false;
        for (int i = m.end(); i < to; i++) {
            char c = line.charAt(i);
            if (isBlank(c) || !Character.isLetterOrDigit(c)) return false;
        }
        return true;
    }

    /** The words after the blank run on to the end of a sentence before any further blank. */
    private static boolean sentenceFollows(String line, int from) {
        int end = Math.min(line.length(), from + LOOKAHEAD);
        for (int i = from; i < end; i++) {
            char c = line.charAt(i);
            if (isBlank(c)) return false;
            if (SENTENCE_ENDS.indexOf(c) >= 0) return i - from >= 8;
        }
        return false;
    }

    private static int skipBlanks(String line, int from) {
        while (from < line.length() && isBlank(line.charAt(from))) from++;
        return from;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }
}
