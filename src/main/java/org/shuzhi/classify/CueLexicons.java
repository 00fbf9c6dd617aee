package org.shuzhi.classify;

import java.io.IOException;
import java.io.InputStream;
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
 * The cue lexicons the classifier counts (corpus/lexicons/{achievement,problem,plan,other}-cues.txt).
 * They are copied into the saved model, so a model always counts exactly the cues it was trained with.
 */
public final class CueLexicons implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Lexicon names in attribute order; each is the file {@code NAME-cues.txt}. */
    public static final List<String> NAMES = List.of("achievement", "problem", "plan", "other");

    private final Map<String, List<String>> cues;

    private CueLexicons(Map<String, List<String>> cues) {
        this.cues = cues;
    }

    /** Reads the lexicons from {@code corpusDir/lexicons}. */
    public static CueLexicons at(Path corpusDir) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String name : NAMES) {
            Path file = corpusDir.resolve("lexicons").resolve(name + "-cues.txt");
            try {
                out.put(name, parse(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("无法读取词表 " + file, e);
            }
        }
        return new CueLexicons(out);
    }

    /** Reads the lexicons bundled in the jar (classpath /corpus/lexicons). */
    public static CueLexicons bundled() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String name : NAMES) {
            String res = "/corpus/lexicons/" + name + "-cues.txt";
            try (InputStream in = CueLexicons.class.getResourceAsStream(res)) {
                if (in == null) throw new IllegalStateException("缺少词表资源 " + res);
                out.put(name, parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new CueLexicons(out);
    }

    private static List<String> parse(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\r?\\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#") && !out.contains(t)) out.add(t);
        }
        return List.copyOf(out);
    }

    /** How many times the cues of lexicon {@code name} occur in {@code text} (non-overlapping, per cue). */
    public int count(String name, String text) {
        int n = 0;
        for (String cue : cues.get(name)) {
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length())) n++;
        }
        return n;
    }
}
