package org.shuzhi.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts long text into bounded pieces, after splitting lines that hold several paragraphs ({@link InlineBreaks}). Rules, the classifier and HanLP all work paragraph by paragraph, and
 * some of their steps compare each find in a paragraph with every other; a whole report pasted as one line,
 * or megabytes without a line break, would make that work grow with the square of the input. A long text
 * is cut into consecutive pieces at a sentence end (else a comma or space, else anywhere that does not
 * split a character), so the pieces joined give back exactly the text.
 */
public final class TextPieces {
    /** No real paragraph comes near this: the longest of the 61 corpus reports and the held-out sets has 825. */
    static final int MAX_PARAGRAPH_CHARS = 2_000;

    private static final String SENTENCE_ENDS = "。！？；!?;…";
    private static final String PAUSES = "，、,：: \u3000\t";
    private static final String CLOSERS = "”’」』）)\"'";

    private TextPieces() {}

    /**
     * The paragraphs as the pipeline reads them, renumbered in order: a line holding several paragraphs run
     * together is split at its paragraph breaks ({@link InlineBreaks}; not in table cells, whose text is one
     * cell whatever it holds), and every piece still too long is cut at sentence ends. The same list when
     * nothing is split or cut.
     */
    static List<Paragraph> bounded(List<Paragraph> paragraphs) {
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        boolean changed = false;
        for (Paragraph p : paragraphs) {
            List<String> lines = p.inTable() ? List.of(p.text()) : InlineBreaks.split(p.text());
            int from = 0;
            for (String line : lines) {
                // each line is a stretch of the paragraph's text (only the blanks between them dropped)
                int lineStart = Math.max(from, p.text().indexOf(line, from));
                from = lineStart + line.length();
                List<String> pieces = line.length() > MAX_PARAGRAPH_CHARS ? pieces(line, MAX_PARAGRAPH_CHARS) : List.of(line);
                int offset = lineStart;
                for (String piece : pieces) {
                    // a piece keeps its table position and its place in the source text, so spans still map back
                    if (!piece.isBlank()) out.add(p.piece(out.size(), piece, offset));
                    offset += piece.length();
                }
                changed |= pieces.size() > 1;
            }
            changed |= lines.size() > 1;
        }
        return changed ? out : paragraphs;
    }

    /**
     * Consecutive pieces of at most {@code max} characters (at least half of it, but for the last) whose
     * concatenation is {@code text}.
     */
    public static List<String> pieces(String text, int max) {
        if (max < 2) throw new IllegalArgumentException("max " + max);
        List<String> out = new ArrayList<>();
        int start = 0;
        while (text.length() - start > max) {
            int end = cut(text, start, max);
            out.add(text.substring(start, end));
            start = end;
        }
        out.add(text.substring(start));
        return out;
    }

    private static int cut(String text, int start, int max) {
        int limit = start + max, floor = start + max / 2;
        int at = lastAfter(text, floor, limit, SENTENCE_ENDS);
        if (at < 0) at = lastAfter(text, floor, limit, PAUSES);
        if (at < 0) at = hardCut(text, floor, limit);
        return at;
    }

    /** The limit, moved back so as not to split a surrogate pair or part a combining mark from its letter. */
    private static int hardCut(String text, int floor, int limit) {
        int at = limit;
        while (at > floor && attached(text, at)) at--;
        return at;
    }

    private static boolean attached(String text, int at) {
        char c = text.charAt(at);
        if (Character.isLowSurrogate(c) || c == '\u200D' || text.charAt(at - 1) == '\u200D'
                || (c >= '\uFE00' && c <= '\uFE0F')) return true;
        int type = Character.getType(text.codePointAt(at));
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** The position after the last of {@code marks} in [floor, limit), with the closing quotes that follow it. */
    private static int lastAfter(String text, int floor, int limit, String marks) {
        for (int i = limit - 1; i >= floor; i--) {
            if (marks.indexOf(text.charAt(i)) < 0) continue;
            int end = i + 1;
            while (end < limit && CLOSERS.indexOf(text.charAt(end)) >= 0) end++;
            return end;
        }
        return -1;
    }
}
