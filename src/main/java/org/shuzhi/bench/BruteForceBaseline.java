package org.shuzhi.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.analysis.Analyzer;
import org.shuzhi.archive.ArchiveAnalyzers;
import org.shuzhi.archive.ArchiveSchema;
import org.shuzhi.archive.UnitKey;
import org.shuzhi.classify.Labeled;
import org.shuzhi.document.Part;
import org.shuzhi.nlp.AnalyzedParagraph;
import org.shuzhi.nlp.AnalyzedReport;

/**
 * What a script without an index would do: keep every archived paragraph as text and compare each
 * problem paragraph of the report under review with all of them, by the archive's own precise
 * similarity ({@link ArchiveSimilarity}), applying the same eligibility, filters and thresholds as the
 * archive's REPEATED_PROBLEM and COPIED_FROM_OTHER_REPORT checks. Its findings are the reference the
 * indexed path's recall is measured against. Single-threaded, like such a script.
 */
final class BruteForceBaseline {
    static final String REPEATED_PROBLEM = "REPEATED_PROBLEM";
    static final String COPIED_FROM_OTHER_REPORT = "COPIED_FROM_OTHER_REPORT";

    /** An archived paragraph: its text and what the checks filter on. */
    private record Stored(String text, String unitKey, int year, boolean problem, boolean other) {}

    private static final Analyzer GRAMS = ArchiveAnalyzers.bigrams();

    private final List<Stored> paragraphs = new ArrayList<>();
    /** Reports containing each bigram, counted over the same text and analyzer as the archive's grams field. */
    private final Map<String, Integer> reportsWith = new HashMap<>();
    private int reports;

    /** Keeps a report's paragraphs, labelled as the archive labels them. */
    void add(AnalyzedReport r, List<Labeled> labels) {
        StringBuilder whole = new StringBuilder();
        for (AnalyzedParagraph p : r.paragraphs()) whole.append(p.normalized()).append('\n');
        Set<String> grams = new HashSet<>(ArchiveAnalyzers.terms(GRAMS, ArchiveSchema.GRAMS, whole.toString()));
        String key = UnitKey.of(r.meta().unit());
        synchronized (this) {
            reports++;
            for (String g : grams) reportsWith.merge(g, 1, Integer::sum);
            addParagraphs(r, labels, key);
        }
    }

    private void addParagraphs(AnalyzedReport r, List<Labeled> labels, String key) {
        for (AnalyzedParagraph p : r.paragraphs()) {
            Part label = labels.get(p.index()).label();
            paragraphs.add(new Stored(p.text(), key, r.meta().year(), isProblem(label, p.section(), p.text()),
                    label == Part.OTHER));
        }
    }

    int size() {
        return paragraphs.size();
    }

    /** A bigram's weight in the copy measure: the archive's formula, log((reports + 1) / (df + 1)). */
    ToDoubleFunction<String> rarity() {
        return g -> Math.log((reports + 1.0) / (reportsWith.getOrDefault(g, 0) + 1.0));
    }

    /**
     * The problem paragraphs of {@code r} (by label or part, not cause analysis, as the archive's checks
     * decide), by index.
     */
    static List<Integer> problemParagraphs(AnalyzedReport r, List<Labeled> labels) {
        List<Integer> out = new ArrayList<>();
        for (AnalyzedParagraph p : r.paragraphs()) {
            if (!p.isHeadingOnly() && isProblem(labels.get(p.index()).label(), p.section(), p.text())) out.add(p.index());
        }
        return out;
    }

    /** The repeat and copy findings on the report's problem paragraphs, as "RULE@paragraph". */
    Set<String> findings(AnalyzedReport r, List<Labeled> labels) {
        ToDoubleFunction<String> rarity = rarity();
        String key = UnitKey.of(r.meta().unit());
        int year = r.meta().year();
        List<Integer> problems = problemParagraphs(r, labels);
        int n = problems.size();
        ArchiveSimilarity.Grams[] grams = new ArchiveSimilarity.Grams[n];
        boolean[] repeatable = new boolean[n], copyable = new boolean[n];
        for (int i = 0; i < n; i++) {
            grams[i] = ArchiveSimilarity.of(r.paragraphs().get(problems.get(i)).text());
            repeatable[i] = grams[i].size() >= ArchiveSimilarity.MIN_GRAMS;
            copyable[i] = grams[i].size() >= ArchiveSimilarity.MIN_COPY_GRAMS;
        }
        boolean[] copied = new boolean[n];
        // per problem paragraph and earlier year: the closest earlier problem and every paragraph's similarity to it
        List<Map<Integer, double[]>> bestOfYear = new ArrayList<>();
        for (int i = 0; i < n; i++) bestOfYear.add(new HashMap<>());
        double[] sims = new double[n];
        for (Stored c : paragraphs) {
            if (c.other() || c.year() > year) continue;
            boolean same = key != null && key.equals(c.unitKey());
            if (same && (c.year() >= year || !c.problem())) continue;
            ArchiveSimilarity.Grams cg = ArchiveSimilarity.of(c.text());
            if (cg.size() < ArchiveSimilarity.MIN_GRAMS) continue;
            if (same) {
                for (int i = 0; i < n; i++) sims[i] = ArchiveSimilarity.repeat(grams[i], cg);
                for (int i = 0; i < n; i++) {
                    if (!repeatable[i]) continue;
                    double[] best = bestOfYear.get(i).get(c.year());
                    if (best == null || sims[i] > best[i]) bestOfYear.get(i).put(c.year(), sims.clone());
                }
            } else {
                for (int i = 0; i < n; i++) {
                    if (copyable[i] && !copied[i] && ArchiveSimilarity.copy(grams[i], cg, rarity) >= ArchiveSimilarity.COPY_THRESHOLD) {
                        copied[i] = true;
                    }
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            if (copied[i]) out.add(COPIED_FROM_OTHER_REPORT + "@" + problems.get(i));
            for (double[] s : bestOfYear.get(i).values()) {
                if (s[i] >= ArchiveSimilarity.REPEAT_THRESHOLD && closest(s, i)) {
                    out.add(REPEATED_PROBLEM + "@" + problems.get(i));
                    break;
                }
            }
        }
        return out;
    }

    /** A repeat must be mutual: no other problem paragraph of the report is closer to that earlier problem. */
    private static boolean closest(double[] sims, int i) {
        for (int j = 0; j < sims.length; j++) if (j != i && sims[j] > sims[i]) return false;
        return true;
    }

    private static boolean isProblem(Part label, Part section, String text) {
        return (label == Part.PROBLEM || section == Part.PROBLEM) && !ArchiveSimilarity.isCauseAnalysis(text);
    }
}
