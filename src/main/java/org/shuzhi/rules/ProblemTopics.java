package org.shuzhi.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.nlp.AnalyzedParagraph;

/**
 * The topics a problem or a plan is about (理论学习, 发展党员, 组织生活 ...), from lexicon problem-topics:
 * one topic a line, "topic: word word ...". A plan answers a problem when they share a topic.
 */
public final class ProblemTopics {
    private static final ProblemTopics STANDARD = new ProblemTopics(Lexicon.entries("problem-topics"));
    private final Map<String, TermMatcher> topics = new LinkedHashMap<>();

    ProblemTopics(List<String> lines) {
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 0) throw new IllegalStateException("lexicon problem-topics: a line needs \"topic: words\": " + line);
            topics.put(line.substring(0, colon).strip(), new TermMatcher(List.of(line.substring(colon + 1).strip().split("\\s+"))));
        }
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
