package org.shuzhi.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A word list from corpus/lexicons/NAME.txt (bundled as /corpus/lexicons/): one entry a line, # comments.
 * Loaded once per name and kept, as LanguageTool keeps its rule data in static fields. The role annotation
 * reads its lexicons here; the rules read the same lists through {@code rules.Lexicon}.
 */
public final class Lexicon {
    private static final ConcurrentHashMap<String, List<String>> CACHE = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, Set<String>> SETS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, Integer> LONGEST = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, String> FIRSTS = new ConcurrentHashMap<>();

    private Lexicon() {}

    public static List<String> entries(String name) {
        return CACHE.computeIfAbsent(name, Lexicon::load);
    }

    /** The entries as a set, for single-word lookups. */
    public static Set<String> set(String name) {
        return SETS.computeIfAbsent(name, n -> Set.copyOf(entries(n)));
    }

    /** The length of the longest entry, to bound a search for entries in a text. */
    static int longest(String name) {
        return LONGEST.computeIfAbsent(name, n -> entries(n).stream().mapToInt(String::length).max().orElse(0));
    }

    /** The characters entries start with: a place where none starts holds no entry. */
    static String firstCharacters(String name) {
        return FIRSTS.computeIfAbsent(name, n -> entries(n).stream().map(e -> e.substring(0, 1)).distinct().reduce("", String::concat));
    }

    private static List<String> load(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream("/corpus/lexicons/" + name + ".txt")) {
            if (in == null) throw new IllegalStateException("missing lexicon /corpus/lexicons/" + name + ".txt");
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
