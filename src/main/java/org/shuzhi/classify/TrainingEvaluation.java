package org.shuzhi.classify;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures `train` writes next to the model (evaluation.json, evaluation.md). "headings_removed" tests
 * each paragraph without its numbering and heading or lead phrase; pure heading lines have no text in that
 * view and are not counted there (they are all labelled other, which would flatter the figure).
 */
public record TrainingEvaluation(
        int reports,
        int units,
        int paragraphs,
        Map<String, Integer> labelCounts,
        @JsonIgnore Algorithm chosen,
        @JsonIgnore Map<Algorithm, Map<TextView, Figures>> comparison,
        @JsonIgnore Map<TextView, Figures> tenFold,
        @JsonIgnore Map<TextView, Figures> leaveOneUnitOut,
        long trainingSeconds,
        long processCpuSeconds) {

    @JsonProperty("algorithm")
    public String algorithm() {
        return chosen.description();
    }

    @JsonProperty("ten_fold")
    public Map<String, Figures> tenFoldById() {
        return byId(tenFold);
    }

    @JsonProperty("leave_one_unit_out")
    public Map<String, Figures> leaveOneUnitOutById() {
        return byId(leaveOneUnitOut);
    }

    /** Leave-one-unit-out macro-F1 of every candidate learner (only with train --compare). */
    @JsonProperty("candidates")
    public Map<String, Map<String, Double>> candidates() {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        comparison.forEach((a, f) -> {
            Map<String, Double> m = new LinkedHashMap<>();
            f.forEach((v, fig) -> m.put(v.id(), fig.macroF1()));
            out.put(a.description(), m);
        });
        return out;
    }

    private static Map<String, Figures> byId(Map<TextView, Figures> m) {
        Map<String, Figures> out = new LinkedHashMap<>();
        m.forEach((v, f) -> out.put(v.id(), f));
        return out;
    }

    /** The same figures for people to read. */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Paragraph classifier: evaluation\n\n");
        b.append(String.format(Locale.ROOT, "Corpus: %d reports from %d units, %d labelled paragraphs (%s).%n%n",
                reports, units, paragraphs, labelCounts));
        b.append("Learner: **").append(chosen.description()).append("**. Training and evaluation took ")
                .append(trainingSeconds).append(" s wall clock, ").append(processCpuSeconds)
                .append(" s CPU for the whole process (`java -jar target/shuzhi.jar train`).\n\n");
        b.append("*with headings*: paragraphs as written. *headings removed*: each paragraph without its numbering ")
                .append("and heading or lead phrase; pure heading lines are empty then and are not counted in that view.\n")
                .append("Leave-one-unit-out holds out all years of one unit at a time (the corpus id without its -YEAR).\n\n");
        b.append("## Summary (macro-F1)\n\n| evaluation | with headings | headings removed |\n| --- | --- | --- |\n");
        row(b, "leave one unit out", leaveOneUnitOut);
        row(b, "10-fold (stratified, seed " + Trainer.FOLD_SEED + ")", tenFold);
        if (!comparison.isEmpty()) {
            b.append("\n## Candidate learners (leave one unit out, macro-F1)\n\n| learner | with headings | headings removed |\n| --- | --- | --- |\n");
            comparison.forEach((a, f) -> row(b, a.description(), f));
        }
        perClass(b, "Leave one unit out", leaveOneUnitOut);
        perClass(b, "10-fold", tenFold);
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Map<TextView, Figures> f) {
        b.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f |%n", name,
                f.get(TextView.FULL).macroF1(), f.get(TextView.CONTENT).macroF1()));
    }

    private static void perClass(StringBuilder b, String title, Map<TextView, Figures> m) {
        m.forEach((view, f) -> {
            b.append(String.format(Locale.ROOT, "%n## %s, %s (%d paragraphs, accuracy %.3f, macro-F1 %.3f)%n%n",
                    title, view.id().replace('_', ' '), f.paragraphs(), f.accuracy(), f.macroF1()));
            b.append("| label | precision | recall | F1 | paragraphs |\n| --- | --- | --- | --- | --- |\n");
            f.perClass().forEach((label, c) -> b.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |%n",
                    label, c.precision(), c.recall(), c.f1(), c.support())));
        });
    }
}
