package org.shuzhi.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.review.Review;
import org.shuzhi.rules.Finding;
import org.shuzhi.rules.RuleCatalog;
import org.shuzhi.rules.Severity;

/**
 * Suggests 好 / 较好 / 一般 / 较差 for a report from its findings, with the reasons, by the thresholds of
 * resource meeting/grades.yaml; and the distribution of a batch, with the warning of 004 when fewer than
 * 15 % would be 较好 or below.
 */
public final class GradeSuggester {
    private final Map<Severity, Integer> severityPoints;
    private final int perRule;
    private final Map<String, Grade> bestByOutcome;
    private final Map<String, Grade> bestByRule;
    private final List<Map.Entry<Grade, Integer>> thresholds;
    private final int reasons;
    private final double minShare;

    private static final GradeSuggester STANDARD = load();

    private GradeSuggester(Map<Severity, Integer> severityPoints, int perRule, Map<String, Grade> bestByOutcome, Map<String, Grade> bestByRule,
                           List<Map.Entry<Grade, Integer>> thresholds, int reasons, double minShare) {
        this.bestByRule = bestByRule;
        this.severityPoints = severityPoints;
        this.perRule = perRule;
        this.bestByOutcome = bestByOutcome;
        this.thresholds = thresholds;
        this.reasons = reasons;
        this.minShare = minShare;
    }

    public static GradeSuggester standard() {
        return STANDARD;
    }

    /** The least share of a batch that should be 较好 or below (004). */
    public double minShareFairlyGoodOrBelow() {
        return minShare;
    }

    public GradeSuggestion suggest(Review review) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (Finding f : review.findings()) byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
        Map<String, Integer> weight = new LinkedHashMap<>();
        int points = 0;
        for (var e : byRule.entrySet()) {
            int w = e.getValue().stream().limit(perRule).mapToInt(f -> severityPoints.getOrDefault(f.severity(), 0)).sum();
            weight.put(e.getKey(), w);
            points += w;
        }
        Grade grade = Grade.POOR;
        for (var t : thresholds) {
            if (t.getValue() == null || points <= t.getValue()) {
                grade = t.getKey();
                break;
            }
        }
        List<String> why = new ArrayList<>();
        Grade best = bestByOutcome.get(review.verdict().outcome());
        // a report sent back only for a passage it shares with another unit's report of the same year may be
        // the one copied from: its grade waits for the source to be checked, it is not capped for it
        boolean unsureOnly = review.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR)
                && review.findings().stream().filter(f -> f.severity() == Severity.ERROR).allMatch(GradeSuggester::unsureCopy);
        if (unsureOnly) {
            best = null;
            why.add("与他人同年度报告有雷同段落，谁照搬谁待核实，核实前未据此降等");
        }
        if (best != null && best.compareTo(grade) > 0) {
            grade = best;
            why.add("预审建议“" + review.verdict().outcome() + "”，等次至多为“" + best.label() + "”");
        }
        for (var e : bestByRule.entrySet()) {
            if (byRule.containsKey(e.getKey()) && e.getValue().compareTo(grade) > 0) {
                grade = e.getValue();
                String name = RuleCatalog.standard().contains(e.getKey()) ? RuleCatalog.standard().get(e.getKey()).name() : e.getKey();
                why.add(0, "“" + name + "”，等次至多为“" + e.getValue().label() + "”");
            }
        }
        byRule.entrySet().stream()
                .filter(e -> weight.get(e.getKey()) > 0)
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Finding>> e) -> -weight.get(e.getKey()))
                        .thenComparingInt(e -> e.getValue().get(0).severity().ordinal()))
                .limit(reasons)
                .forEach(e -> why.add(reason(e.getKey(), e.getValue())));
        if (why.isEmpty()) why.add("未发现需要修改的问题");
        return new GradeSuggestion(grade, points, why);
    }

    /** A copy of a report of the same year: who copied whom is not known. */
    static boolean unsureCopy(Finding f) {
        return f.rule().equals("COPIED_FROM_OTHER_REPORT") && Boolean.TRUE.equals(f.evidence().get("sameYear"));
    }

    /** "成绩篇幅超标（全文，严重）", "以班子口吻述职（9处，提醒）". */
    private static String reason(String rule, List<Finding> findings) {
        String name = RuleCatalog.standard().contains(rule) ? RuleCatalog.standard().get(rule).name() : rule;
        Severity worst = findings.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElse(Severity.INFO);
        long paragraphs = findings.stream().filter(f -> f.paragraph() != null).map(Finding::paragraph).distinct().count();
        String where = paragraphs == 0 ? "全文" : paragraphs + "处";
        return name + "（" + where + "，" + worst.chinese() + "）";
    }

    /** How a batch's suggested grades fall, and whether 004's 15 % of 较好 or below is met. */
    public GradeDistribution distribution(List<GradeSuggestion> suggestions) {
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) counts.put(g, 0);
        for (GradeSuggestion s : suggestions) counts.merge(s.grade(), 1, Integer::sum);
        int total = suggestions.size();
        int below = total - counts.get(Grade.GOOD);
        double share = total == 0 ? 0 : below / (double) total;
        String warning = null;
        if (total > 0 && share < minShare) {
            warning = String.format("建议等次中“较好”及以下只有%d份，占%.0f%%，不足%.0f%%：通知要求“评价为‘较好’或以下等次的原则上不低于15%%”"
                    + "（2022年度县级述职评议考核实施方案）", below, share * 100, minShare * 100);
        }
        return new GradeDistribution(counts, total, share, warning);
    }

    private static GradeSuggester load() {
        try (InputStream in = GradeSuggester.class.getResourceAsStream("/meeting/grades.yaml")) {
            if (in == null) throw new IllegalStateException("missing resource /meeting/grades.yaml");
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<Severity, Integer> sp = new EnumMap<>(Severity.class);
            root.get("severityPoints").fields().forEachRemaining(e -> sp.put(Severity.of(e.getKey()), e.getValue().asInt()));
            Map<String, Grade> best = new LinkedHashMap<>();
            root.get("bestByOutcome").fields().forEachRemaining(e -> best.put(e.getKey(), grade(e.getValue().asText())));
            Map<String, Grade> byRule = new LinkedHashMap<>();
            if (root.has("bestByRule")) root.get("bestByRule").fields().forEachRemaining(e -> byRule.put(e.getKey(), grade(e.getValue().asText())));
            List<Map.Entry<Grade, Integer>> th = new ArrayList<>();
            for (JsonNode g : root.get("grades")) {
                th.add(new java.util.AbstractMap.SimpleImmutableEntry<>(grade(g.get("grade").asText()),
                        g.has("maxPoints") ? g.get("maxPoints").asInt() : null));
            }
            return new GradeSuggester(sp, root.get("perRule").asInt(), best, byRule, th, root.get("reasons").asInt(),
                    root.get("minShareFairlyGoodOrBelow").asDouble());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Grade grade(String label) {
        return Grade.of(label).orElseThrow(() -> new IllegalStateException("meeting/grades.yaml: unknown grade " + label));
    }
}
