package org.shuzhi.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Characters that look like ideographs but are other code points, replaced once, when a report is read,
 * by the ideograph the writer typed: Kangxi radicals (⼀⼆⼗⼤ for 一二十大), the CJK radicals that stand for
 * a whole character (⻓⻔⻅ for 长门见, listed in {@code /document/radicals-supplement.txt}) and CJK
 * compatibility ideographs (U+F900–U+FAFF and their supplement), each by one of the same UTF-16 length, so
 * that offsets into the submitted text hold. PDFs printed by Chromium, WPS and some Word
 * exports carry them because a font draws both with one glyph; left in, they hide stock phrases and topics
 * from every rule, make quotes look odd and go into the archive as they are.
 *
 * <p>Everything else stays as written, full-width forms included: Chinese text writes its punctuation
 * full-width (，。：（）), in the same Unicode block as full-width letters and digits, and NFKC would turn it
 * into ASCII in every quote and in the archive. The analysis copy ({@code nlp.TextNormalizer}) already
 * folds full-width letters, digits and punctuation for the rules and the archive's search, character for
 * character, so ２０２３ and 2023 are alike to them while the reader's quote shows what the writer wrote.
 */
public final class CompatibilityCharacters {
    private static final Map<Integer, String> SUPPLEMENT = load();

    private CompatibilityCharacters() {}

    /** The paragraphs with compatibility characters replaced; the same list when none holds any. */
    static List<Paragraph> normalize(List<Paragraph> paragraphs) {
        List<Paragraph> out = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String t = normalize(p.text());
            if (t != p.text() && out == null) out = new ArrayList<>(paragraphs.subList(0, i));
            if (out != null) out.add(t == p.text() ? p : p.withText(t));
        }
        return out == null ? paragraphs : out;
    }

    /** The text with compatibility characters replaced; the same instance when it holds none. */
    public static String normalize(String text) {
        if (!holdsAny(text)) return text;
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            sb.append(replacement(c));
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    private static boolean holdsAny(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // U+2F800–U+2FA1F, the supplement, all have the high surrogate D87E
            if (c >= '\u2E80' && c <= '\u2FDF' || c >= '\uF900' && c <= '\uFAFF' || c == '\uD87E') return true;
        }
        return false;
    }

    private static String replacement(int c) {
        String self = new String(Character.toChars(c));
        if (c >= 0x2E80 && c <= 0x2EFF) {
            String mapped = SUPPLEMENT.get(c);
            if (mapped != null) return mapped;
        } else if (!(c >= 0x2F00 && c <= 0x2FDF || c >= 0xF900 && c <= 0xFAFF || c >= 0x2F800 && c <= 0x2FA1F)) {
            return self;
        }
        // per character: NFKC of the whole text would also fold full-width punctuation (see above)
        String n = Normalizer.normalize(self, Normalizer.Form.NFKC);
        // same length, so that offsets into what the user submitted stay right (a few of the supplement's
        // surrogate pairs map to one BMP ideograph and are kept)
        return n.length() == self.length() && Character.isIdeographic(n.codePointAt(0)) ? n : self;
    }

    private static Map<Integer, String> load() {
        try (InputStream in = CompatibilityCharacters.class.getResourceAsStream("/document/radicals-supplement.txt")) {
            if (in == null) throw new IllegalStateException("missing /document/radicals-supplement.txt");
            Map<Integer, String> out = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) continue;
                String[] f = s.split("\\s+");
                out.put(Integer.parseInt(f[0], 16), new String(Character.toChars(Integer.parseInt(f[1], 16))));
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
