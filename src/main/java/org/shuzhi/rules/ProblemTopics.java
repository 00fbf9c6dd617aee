package org.shuzhi.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.nlp.AnalyzedParagraph;

/**
 * The topics a problem or a plan is about (理论学习, 发展党员, 组织生活 ...), from lexicon problem-topics:
 * one topic a line, "topic: word word ...", a broad topic and a loose word marked ~. A plan answers a problem
 * when they share a topic.
 */
public final class ProblemTopics {
    private static final ProblemTopics STANDARD = new ProblemTopics(Lexicon.entries("problem-topics"));
    private final Map<String, TermMatcher> topics = new LinkedHashMap<>();
    /** Topics marked ~: broad (党员教育管理), and words marked ~: loose (学习, 群众). */
    private final java.util.Set<String> broad = new java.util.HashSet<>(), loose = new java.util.HashSet<>();

    ProblemTopics(List<String> lines) {
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 0) throw new IllegalStateException("lexicon problem-topics: a line needs \"topic: words\": " + line);
            String topic = line.substring(0, colon).strip();
            if (topic.startsWith("~")) broad.add(topic = topic.substring(1));
            List<String> words = new java.util.ArrayList<>();
            for (String w : line.substring(colon + 1).strip().split("\\s+")) {
                if (w.startsWith("~")) loose.add(w = w.substring(1));
                words.add(w);
            }
            topics.put(topic, new TermMatcher(words));
        }
    }

    /** A broad topic (党员教育管理, 群众服务): sharing only it says little about what a plan answers. */
    public boolean broad(String topic) {
        return broad.contains(topic);
    }

    /** A word that names its topic only loosely (学习, 群众, 青年教师). */
    public boolean loose(String word) {
        return loose.contains(word);
    }

    public static ProblemTopics standard() {
        return STANDARD;
    }

    /** Topic → the words that name it in the paragraph, in lexicon order; empty when it names none. */
    public Map<String, List<String>> of(AnalyzedParagraph p) {
        return of(p, 0, p.normalized().length());
    }

    /**
     * The topics named within [from, to) of the paragraph. A word inside a longer one of another topic
     * (业务 in 业务能力) or inside a stock formulation (特色 in 中国特色社会主义) names nothing.
     */
    public Map<String, List<String>> of(AnalyzedParagraph p, int from, int to) {
        List<TermMatcher.Match> stock = TermMatcher.of("stock-phrases").find(p);
        Map<String, List<TermMatcher.Match>> found = new LinkedHashMap<>();
        for (var e : topics.entrySet()) found.put(e.getKey(), e.getValue().find(p, from, to));
        List<TermMatcher.Match> all = new java.util.ArrayList<>(stock);
        found.values().forEach(all::addAll);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (var e : found.entrySet()) {
            List<TermMatcher.Match> kept = e.getValue().stream().filter(m -> all.stream().noneMatch(x -> inside(m, x))).toList();
            if (!kept.isEmpty()) out.put(e.getKey(), TermMatcher.terms(kept));
        }
        return out;
    }

    private static boolean inside(TermMatcher.Match m, TermMatcher.Match x) {
        return x.start() <= m.start() && m.end() <= x.end() && x.end() - x.start() > m.end() - m.start();
    }
}
