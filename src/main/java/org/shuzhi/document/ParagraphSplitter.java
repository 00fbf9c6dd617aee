package org.shuzhi.document;

import java.util.ArrayList;
import java.util.List;

/** Turns text into paragraphs: every non-blank line is one, trailing spaces trimmed. */
final class ParagraphSplitter {
    private ParagraphSplitter() {}

    static List<Paragraph> lines(String text) {
        List<Paragraph> out = new ArrayList<>();
        for (String line : text.split("\\r\\n|\\r|\\n|\\u2028|\\u2029")) {
            String t = strip(line);
            if (!t.isEmpty()) out.add(new Paragraph(out.size(), t, false));
        }
        return out;
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
