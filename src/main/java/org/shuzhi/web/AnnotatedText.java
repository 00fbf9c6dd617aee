package org.shuzhi.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.IntStream;

/**
 * What a LanguageTool client sends, as LanguageTool's {@code AnnotatedText} holds it: the plain text that is
 * checked, and the original it came from. With {@code text} the two are the same; with {@code data}'s
 * {@code annotation} list, text parts are checked, markup parts are skipped (or read as their
 * {@code interpretAs}, such as "\n\n" for a paragraph tag), and every position found in the plain text is
 * mapped back to the original, markup included, where the client underlines it.
 */
final class AnnotatedText {
    private final String plain;
    private final String original;
    /** Per plain character: where it starts and ends in the original (an interpretAs character: its markup's). */
    private final int[] from;
    private final int[] to;

    private AnnotatedText(String plain, String original, int[] from, int[] to) {
        this.plain = plain;
        this.original = original;
        this.from = from;
        this.to = to;
    }

    static AnnotatedText ofText(String text) {
        int[] from = new int[text.length()], to = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            from[i] = i;
            to[i] = i + 1;
        }
        return new AnnotatedText(text, text, from, to);
    }

    /**
     * Reads the {@code data} parameter: {@code {"text": …}} or {@code {"annotation": [{"text": …},
     * {"markup": …, "interpretAs": …} …]}}, refused as LanguageTool refuses it.
     */
    static AnnotatedText ofData(JsonNode data) {
        if (data == null || !data.isObject()) throw LanguageToolApi.refuse("'data' must be a JSON object（data 参数应为 JSON 对象）");
        JsonNode text = data.get("text"), annotation = data.get("annotation");
        if (text != null && annotation != null) {
            throw LanguageToolApi.refuse("'data' key in JSON requires either 'text' or 'annotation' key, not both");
        }
        if (text != null) return ofText(text.asText());
        if (annotation == null || !annotation.isArray()) throw LanguageToolApi.refuse("'data' key in JSON requires 'text' or 'annotation' key");
        StringBuilder plain = new StringBuilder(), original = new StringBuilder();
        IntStream.Builder from = IntStream.builder(), to = IntStream.builder();
        for (JsonNode part : annotation) {
            JsonNode t = part.get("text"), markup = part.get("markup"), as = part.get("interpretAs");
            if (t != null && markup != null) {
                throw LanguageToolApi.refuse("Only either 'text' or 'markup' are supported in an object in 'annotation' list, not both");
            }
            if (t != null && as != null) throw LanguageToolApi.refuse("'text' cannot be used with 'interpretAs' (only 'markup' can)");
            if (t != null) {
                String s = t.asText();
                for (int i = 0; i < s.length(); i++) {
                    from.add(original.length() + i);
                    to.add(original.length() + i + 1);
                }
                plain.append(s);
                original.append(s);
            } else if (markup != null) {
                String m = markup.asText(), read = as == null ? "" : as.asText();
                for (int i = 0; i < read.length(); i++) {
                    from.add(original.length());
                    to.add(original.length() + m.length());
                }
                plain.append(read);
                original.append(m);
            } else {
                throw LanguageToolApi.refuse("Only 'text' and 'markup' are supported in 'annotation' list");
            }
        }
        return new AnnotatedText(plain.toString(), original.toString(), from.build().toArray(), to.build().toArray());
    }

    /** The text the review reads. */
    String plain() {
        return plain;
    }

    /** The text the client sent, markup included: offsets answered count in this. */
    String original() {
        return original;
    }

    /** Where the plain span [start, end) lies in the original: [start, end) there. */
    int[] originalSpan(int start, int end) {
        if (start < 0 || end > plain.length() || end < start) throw new IllegalArgumentException(start + ".." + end);
        if (plain.isEmpty()) return new int[] {0, 0};
        int s = start < plain.length() ? from[start] : original.length();
        int e = end > start ? to[end - 1] : s;
        return new int[] {s, e};
    }
}
