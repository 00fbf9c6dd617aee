package org.shuzhi.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * What a column of a rectification table holds, by its header (corpus/lexicons/table-columns.txt): the
 * problem, the measure that answers it, who is responsible and by when. Any other column, and every column
 * of a table that is not a rectification table, is {@link #OTHER}.
 */
public enum TableColumn {
    PROBLEM, MEASURE, OWNER, DEADLINE, OTHER;

    private record Word(TableColumn role, String word) {}

    private static final List<Word> WORDS = load();

    /** The role a header names, by the first matching word of the lexicon; OTHER for none or null. */
    public static TableColumn of(String header) {
        if (header == null) return OTHER;
        String h = header.replaceAll("[\\s\\u3000]", "");
        for (Word w : WORDS) if (h.contains(w.word())) return w.role();
        return OTHER;
    }

    /** A rectification table: a measure column beside a problem, owner or deadline column. */
    public static boolean rectification(Collection<TableColumn> columns) {
        return columns.contains(MEASURE)
                && (columns.contains(PROBLEM) || columns.contains(OWNER) || columns.contains(DEADLINE));
    }

    private static List<Word> load() {
        String resource = "/corpus/lexicons/table-columns.txt";
        try (InputStream in = TableColumn.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing lexicon " + resource);
            List<Word> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) continue;
                String[] f = s.split("\\s+", 2);
                out.add(new Word(valueOf(f[0].toUpperCase(Locale.ROOT)), f[1].strip()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
