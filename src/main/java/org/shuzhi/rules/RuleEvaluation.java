package org.shuzhi.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares the rules' findings with the corpus's planted defects (annotated exhaustively by the writers):
 * precision and recall per rule, keyed by (report, paragraph or whole report, rule), and the
 * paragraph-level findings on reports of quality "good", which should be none, and every finding on texts
 * that are no duty report (quality "not-report"), except the notices about the text itself.
 * A rule the annotation names is scored even if the catalog does not know it yet (found 0).
 */
public final class RuleEvaluation {
    /** One finding or annotation, reduced to what is compared. */
    public record Key(String report, Integer paragraph, String rule) {}

    /** Counts for one rule. */
    public record Score(String rule, int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            int n = truePositives + falsePositives;
            return n == 0 ? Double.NaN : truePositives / (double) n;
        }

        public double recall() {
            int n = truePositives + falseNegatives;
            return n == 0 ? Double.NaN : truePositives / (double) n;
        }
    }

    private final Set<String> annotated;
    private final Set<Key> expected = new HashSet<>();
    private final Set<Key> found = new HashSet<>();
    /** Whole-report notices about the text itself, the only findings a text that is no duty report should get. */
    public static final Set<String> TEXT_NOTICES = Set.of("NOT_A_DUTY_REPORT", "TEXT_INCOMPLETE");

    private final Set<String> goodReports = new HashSet<>();
    private final Set<String> nonReports = new HashSet<>();
    private final Map<String, List<String>> texts = new LinkedHashMap<>();
    private int reports;

    /** @param annotatedRules the rules the corpus annotates; others are listed but not scored */
    public RuleEvaluation(Set<String> annotatedRules) {
        this.annotated = Set.copyOf(annotatedRules);
    }

    public void expect(String report, Integer paragraph, String rule) {
        expected.add(new Key(report, paragraph, rule));
    }

    public void report(String id, boolean good, List<Finding> findings, List<String> paragraphTexts) {
        List<Key> keys = new ArrayList<>();
        for (Finding f : findings) keys.add(new Key(id, f.paragraph(), f.rule()));
        report(id, good ? "good" : "", keys, paragraphTexts);
    }

    /**
     * @param quality        the manifest's quality of the report (good, not-report, …)
     * @param keys           the findings, their paragraphs already in the annotation's numbering
     * @param paragraphTexts the texts of the annotation's paragraphs, for the lists of misses
     */
    public void report(String id, String quality, List<Key> keys, List<String> paragraphTexts) {
        reports++;
        if ("good".equals(quality)) goodReports.add(id);
        if ("not-report".equals(quality)) nonReports.add(id);
        texts.put(id, List.copyOf(paragraphTexts));
        found.addAll(keys);
    }

    /** Reports of quality not-report that were evaluated. */
    public int nonReports() {
        return nonReports.size();
    }

    /** Findings on texts that are no duty report, other than the {@link #TEXT_NOTICES}: there should be none. */
    public List<Key> onNonReports() {
        return found.stream().filter(k -> nonReports.contains(k.report()) && !TEXT_NOTICES.contains(k.rule()))
                .sorted(ORDER).toList();
    }

    public int reports() {
        return reports;
    }

    public List<Score> scores() {
        List<Score> out = new ArrayList<>();
        List<String> codes = new ArrayList<>(RuleCatalog.standard().codes());
        annotated.stream().filter(c -> !codes.contains(c)).sorted().forEach(codes::add);
        for (String rule : codes) {
            if (!annotated.contains(rule)) continue;
            int tp = 0, fp = 0, fn = 0;
            for (Key k : found) if (k.rule().equals(rule)) { if (expected.contains(k)) tp++; else fp++; }
            for (Key k : expected) if (k.rule().equals(rule) && !found.contains(k)) fn++;
            out.add(new Score(rule, tp, fp, fn));
        }
        return out;
    }

    /** Findings of rules the corpus does not annotate (profile-dependent: length, shares, topics). */
    public Map<String, Integer> unscored() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String rule : RuleCatalog.standard().codes()) {
            if (annotated.contains(rule)) continue;
            out.put(rule, (int) found.stream().filter(k -> k.rule().equals(rule)).count());
        }
        return out;
    }

    /** Paragraph-level findings on good reports. */
    public List<Key> onGoodReports() {
        return found.stream().filter(k -> k.paragraph() != null && goodReports.contains(k.report()))
                .sorted(ORDER).toList();
    }

    public List<Key> falsePositives(String rule) {
        return found.stream().filter(k -> k.rule().equals(rule) && !expected.contains(k)).sorted(ORDER).toList();
    }

    public List<Key> falseNegatives(String rule) {
        return expected.stream().filter(k -> k.rule().equals(rule) && !found.contains(k)).sorted(ORDER).toList();
    }

    public String snippet(Key k) {
        List<String> t = texts.get(k.report());
        if (k.paragraph() == null) return "（全文）";
        if (k.paragraph() < 0) return "（未与标注对齐的段落）";
        return t == null || k.paragraph() >= t.size() ? "" : t.get(k.paragraph());
    }

    private static final java.util.Comparator<Key> ORDER = java.util.Comparator.comparing(Key::report)
            .thenComparing(k -> k.paragraph() == null ? -1 : k.paragraph()).thenComparing(Key::rule);

    public static String fmt(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.2f", v);
    }
}
