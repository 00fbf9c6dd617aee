package org.shuzhi.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns text into paragraphs: every non-blank line is one, spaces trimmed at both ends. Each paragraph
 * knows where it starts in the text, so that a finding's span maps back to exactly what was sent.
 */
final class ParagraphSplitter {
    private static final Pattern LINE_END = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029");

    private ParagraphSplitter() {}

    static List<Paragraph> lines(String text) {
        List<Paragraph> out = new ArrayList<>();
        Matcher m = LINE_END.matcher(text);
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = m.find() ? m.start() : text.length();
            add(out, text, lineStart, lineEnd);
            if (lineEnd == text.length()) break;
            lineStart = m.end();
        }
        return out;
    }

    private static void add(List<Paragraph> out, String text, int from, int to) {
        int b = from, e = to;
        while (b < e && isSpace(text.charAt(b))) b++;
        while (e > b && isSpace(text.charAt(e - 1))) e--;
        if (b < e) out.add(new Paragraph(out.size(), text.substring(b, e), false, b));
    }

    /** Strips ASCII and ideographic white space, and the BOM, from both ends. */
    static String strip(String s) {
        int b = 0, e = s.length();
        while (b < e && isSpace(s.charAt(b))) b++;
        while (e > b && isSpace(s.charAt(e - 1))) e--;
        return s.substring(b, e);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
