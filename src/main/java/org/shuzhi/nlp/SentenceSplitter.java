package org.shuzhi.nlp;

import java.util.ArrayList;
import java.util.List;

/** Splits at 。！？；… and their ASCII forms (on the normalised text), keeping closing quotes with the sentence. */
public final class SentenceSplitter {
    private SentenceSplitter() {}

    public static List<Sentence> split(String original, String normalized) {
        List<Sentence> out = new ArrayList<>();
        int start = 0, n = normalized.length();
        for (int i = 0; i < n; i++) {
            char c = normalized.charAt(i);
            if (c == '。' || c == '!' || c == '?' || c == ';' || c == '…') {
                int end = i + 1;
                while (end < n && isCloser(normalized.charAt(end))) end++;
                add(out, original, start, end);
                start = end;
                i = end - 1;
            }
        }
        add(out, original, start, n);
        return out;
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '"' || c == '\'' || c == ')' || c == '」' || c == '』' || c == '…';
    }

    private static void add(List<Sentence> out, String original, int start, int end) {
        while (start < end && Character.isWhitespace(original.charAt(start))) start++;
        if (end > start) out.add(new Sentence(start, end, original.substring(start, end)));
    }
}
