package org.shuzhi.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Web-page debris: the lines a document site or news page wraps around a report (资源描述, 篇1, 上一篇,
 * "仅展示前3000字", 下载 收藏 举报 …), which come along when a report is copied from the page. The
 * patterns are data, read once from {@code /nlp/page-debris.txt}.
 */
public final class PageDebris {
    static final String RESOURCE = "/nlp/page-debris.txt";
    /** Debris lines are short; a paragraph longer than this (spaces not counted) is the writer's text. */
    static final int MAX_CHARS = 150;

    private static final Pattern TRAILING = Pattern.compile("[。.!?;:,、…\\s]+$");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    /** All patterns as one alternation: one matcher a paragraph instead of one per pattern. */
    private static final Pattern PATTERN = load();

    private PageDebris() {}

    /** True when the whole paragraph is debris. {@code normalized} is the paragraph's analysis copy. */
    public static boolean isDebris(String normalized) {
        if (TextNormalizer.countChars(normalized) > MAX_CHARS) return false;
        String t = TRAILING.matcher(BLANKS.matcher(normalized).replaceAll("")).replaceAll("");
        if (t.isEmpty()) return false;
        return PATTERN.matcher(t).matches();
    }

    private static Pattern load() {
        try (InputStream in = PageDebris.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + RESOURCE);
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) continue;
                Pattern.compile(s); // a broken line is named by itself, not as part of the alternation
                out.add("(?:" + s + ")");
            }
            return Pattern.compile(String.join("|", out), Pattern.CASE_INSENSITIVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
