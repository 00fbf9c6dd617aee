package org.shuzhi.nlp;

import com.hankcs.hanlp.HanLP;

/**
 * The analysis copy of a text: full-width letters, digits and punctuation folded to half-width, the
 * ideographic space and zero-width characters to a space, traditional characters to simplified. One character in, one character
 * out, so every offset found in the copy points at the same place in what the user wrote.
 */
public final class TextNormalizer {
    /**
     * Each character's simplified form once HanLP was asked (0: not asked yet). A table rather than a map:
     * every CJK character of every text passes here, and a map looked each one up boxed. Threads may race
     * to fill a slot; they write the same value, and a char is written whole.
     */
    private static final char[] SIMPLIFIED = new char[Character.MAX_VALUE + 1];

    private TextNormalizer() {}

    public static String normalize(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) out[i] = fold(text.charAt(i));
        return new String(out);
    }

    private static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') return (char) (c - 0xFEE0);
        if (c == '\u3000' || c == '\u00A0' || isInvisible(c)) return ' ';
        if (c < '\u3400' || Character.isSurrogate(c)) return c;
        char known = SIMPLIFIED[c];
        if (known == 0) SIMPLIFIED[c] = known = simplify(c);
        return known;
    }

    /** Zero-width and soft-hyphen characters pasted from web pages: they would split words unseen. */
    private static boolean isInvisible(char c) {
        return c >= '\u200B' && c <= '\u200F' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    private static char simplify(char c) {
        String s = HanLP.convertToSimplifiedChinese(String.valueOf(c));
        return s.length() == 1 ? s.charAt(0) : c;
    }

    /** A report's length as Word counts it: characters that are not white space (字符数，不计空格). */
    public static int countChars(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowSurrogate(c)) continue;
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF' && c != '\u200B') n++;
        }
        return n;
    }
}
