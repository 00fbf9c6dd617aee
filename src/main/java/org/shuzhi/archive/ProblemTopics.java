package org.shuzhi.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.shuzhi.nlp.TextNormalizer;

/**
 * The common problems of duty reports (两张皮, shallow study, formalistic 三会一课 …) and the cues that name
 * them, as data (corpus/lexicons/problem-topic-cues.txt). Two problems of a unit that name the same topic are
 * the same problem reworded far more often than two that share only stock words.
 */
final class ProblemTopics {
    private record Cue(String topic, Pattern pattern) {}

    private static final ProblemTopics STANDARD = new ProblemTopics(Lexicons.lines("problem-topic-cues.txt"));

    private final List<Cue> cues = new ArrayList<>();

    ProblemTopics(List<String> lines) {
        for (String line : lines) {
            String[] f = line.split("\t", 2);
            if (f.length != 2 || f[1].isBlank()) throw new IllegalArgumentException("bad problem-topics line: " + line);
            cues.add(new Cue(f[0].strip(), Pattern.compile(f[1].strip())));
        }
    }

    static ProblemTopics standard() {
        return STANDARD;
    }

    /** The topics a passage names. */
    Set<String> of(String text) {
        String t = TextNormalizer.normalize(text);
        Set<String> out = new TreeSet<>();
        for (Cue c : cues) {
            if (!out.contains(c.topic()) && c.pattern().matcher(t).find()) out.add(c.topic());
        }
        return out;
    }
}
