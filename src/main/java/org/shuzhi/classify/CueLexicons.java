package org.shuzhi.classify;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists the classifier's features count, from corpus/lexicons: the cue lexicons
 * {@code {achievement,problem,plan,other}-cues.txt} (matched as substrings) and the subject lists shared
 * with the rules, {@code subjects-first-person.txt} and {@code subjects-collective.txt} (matched as whole
 * words). They are copied into the saved model, so a model always counts exactly what it was trained with.
 */
public final class CueLexicons implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Cue lexicon names in attribute order; each is the file {@code NAME-cues.txt}. */
    public static final List<String> NAMES = List.of("achievement", "problem", "plan", "other");
    public static final String FIRST_PERSON = "subjects-first-person";
    public static final String COLLECTIVE = "subjects-collective";

    private final Map<String, List<String>> lists;

    private CueLexicons(Map<String, List<String>> lists) {
        this.lists = lists;
    }

    /** Reads the lexicons from {@code corpusDir/lexicons}. */
    public static CueLexicons at(Path corpusDir) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        for (String name : NAMES) files.add(name + "-cues");
        files.add(FIRST_PERSON);
        files.add(COLLECTIVE);
        for (String name : files) {
            Path file = corpusDir.resolve("lexicons").resolve(name + ".txt");
            try {
                out.put(name, parse(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("无法读取词表 " + file, e);
            }
        }
        return new CueLexicons(out);
    }

    private static List<String> parse(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#") && !out.contains(t)) out.add(t);
        }
        return List.copyOf(out);
    }

    /** How many times the cues of lexicon {@code name} occur in {@code text} (non-overlapping, per cue). */
    public int count(String name, String text) {
        int n = 0;
        for (String cue : lists.get(name + "-cues")) {
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length())) n++;
        }
        return n;
    }

    /** True when {@code word} is an entry of the word list {@code name} (e.g. {@link #COLLECTIVE}). */
    public boolean contains(String name, String word) {
        return lists.get(name).contains(word);
    }
}
