package org.shuzhi.archive.themes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The taxonomy of problem themes ({@code /archive/problem-themes.yaml}): each theme with its description, its
 * topics (the common problems of duty reports it gathers, each with the cues that name it) and example problem
 * sentences. Loaded once; immutable.
 */
public final class ProblemThemes {
    /** A common problem of duty reports and the cues (regex on normalised text) that name it. */
    public record Topic(String name, List<Pattern> cues, Pattern any) {
        public Topic(String name, List<Pattern> cues) {
            this(name, List.copyOf(cues), Pattern.compile(String.join("|", cues.stream().map(p -> "(?:" + p.pattern() + ")").toList())));
        }

        /** One scan for all the cues: a passage names the topic when any of them matches somewhere. */
        boolean namedIn(String normalized) {
            return any.matcher(normalized).find();
        }
    }

    /** A theme as the overview shows it, with what recognises it. */
    public record Theme(String name, String description, List<Topic> topics, List<String> examples) {
        public Theme {
            topics = List.copyOf(topics);
            examples = List.copyOf(examples);
        }
    }

    private static final String RESOURCE = "/archive/problem-themes.yaml";
    private static volatile ProblemThemes standard;

    private final List<Theme> themes;
    private final Map<String, Theme> byName = new LinkedHashMap<>();

    ProblemThemes(List<Theme> themes) {
        this.themes = List.copyOf(themes);
        Set<String> topics = new java.util.HashSet<>();
        for (Theme t : themes) {
            if (byName.put(t.name(), t) != null) throw new IllegalArgumentException("problem themes: theme named twice: " + t.name());
            if (t.examples().isEmpty()) throw new IllegalArgumentException("problem themes: " + t.name() + " has no examples");
            for (Topic p : t.topics()) {
                if (!topics.add(p.name())) throw new IllegalArgumentException("problem themes: topic named twice: " + p.name());
            }
        }
    }

    /** The bundled taxonomy. */
    public static ProblemThemes standard() {
        ProblemThemes s = standard;
        if (s == null) {
            synchronized (ProblemThemes.class) {
                if (standard == null) standard = read(ProblemThemes.class.getResourceAsStream(RESOURCE), RESOURCE);
                s = standard;
            }
        }
        return s;
    }

    /** Reads a taxonomy in the bundled file's shape ({@code themes: [{name, description, topics: [{name, cues}], examples}]}). */
    static ProblemThemes read(InputStream in, String where) {
        if (in == null) throw new IllegalStateException("missing " + where);
        try (in) {
            Map<?, ?> root = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
            List<Theme> out = new ArrayList<>();
            for (Object o : list(root.get("themes"), where + ": themes")) {
                Map<?, ?> t = (Map<?, ?>) o;
                String name = text(t.get("name"), where + ": a theme's name");
                List<Topic> topics = new ArrayList<>();
                if (t.get("topics") != null) {
                    for (Object p : list(t.get("topics"), where + ": topics of " + name)) {
                        Map<?, ?> m = (Map<?, ?>) p;
                        String topic = text(m.get("name"), where + ": a topic of " + name);
                        List<Pattern> cues = new ArrayList<>();
                        for (Object c : list(m.get("cues"), where + ": cues of " + topic)) cues.add(Pattern.compile(text(c, topic)));
                        topics.add(new Topic(topic, cues));
                    }
                }
                List<String> examples = new ArrayList<>();
                for (Object e : list(t.get("examples"), where + ": examples of " + name)) examples.add(text(e, name));
                out.add(new Theme(name, text(t.get("description"), where + ": description of " + name), topics, examples));
            }
            return new ProblemThemes(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<?> list(Object o, String what) {
        if (!(o instanceof List<?> l) || l.isEmpty()) throw new IllegalArgumentException(what + " must be a non-empty list");
        return l;
    }

    private static String text(Object o, String what) {
        if (o == null || o.toString().isBlank()) throw new IllegalArgumentException(what + " is missing");
        return o.toString().strip();
    }

    /** The themes in the file's order. */
    public List<Theme> themes() {
        return themes;
    }

    public Theme theme(String name) {
        return byName.get(name);
    }

    /**
     * The topics a passage names: every topic one of whose cues it contains, sorted. What the
     * archive's repeat check compares: two problems naming the same topic.
     */
    public Set<String> topics(String text) {
        return topicsOfNormalized(org.shuzhi.nlp.TextNormalizer.normalize(text));
    }

    /** As {@link #topics}, of a text already normalised ({@code TextNormalizer}): the archive's passages are. */
    public Set<String> topicsOfNormalized(String normalized) {
        Set<String> out = new TreeSet<>();
        for (Theme t : themes) {
            for (Topic p : t.topics()) if (!out.contains(p.name()) && p.namedIn(normalized)) out.add(p.name());
        }
        return out;
    }
}
