package org.shuzhi.classify;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
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
        double temperature,
        @JsonIgnore Map<TextView, Calibration> rawCalibration,
        @JsonIgnore Map<TextView, Calibration> calibration,
        @JsonProperty("held_out") List<HeldOutEvaluation> heldOut,
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

    /** Leave-one-unit-out confidence of the learner's own probabilities. */
    @JsonProperty("leave_one_unit_out_calibration_raw")
    public Map<String, Calibration> rawCalibrationById() {
        return byId(rawCalibration);
    }

    /** Leave-one-unit-out confidence after temperature scaling (each unit scaled by a temperature fitted on the others). */
    @JsonProperty("leave_one_unit_out_calibration")
    public Map<String, Calibration> calibrationById() {
        return byId(calibration);
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

    static <T> Map<String, T> byId(Map<TextView, T> m) {
        Map<String, T> out = new LinkedHashMap<>();
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
        confidence(b);
        heldOut(b);
        perClass(b, "Leave one unit out", leaveOneUnitOut);
        perClass(b, "10-fold", tenFold);
        return b.toString();
    }

    private void confidence(StringBuilder b) {
        b.append(String.format(Locale.ROOT, "%n## Confidence (leave one unit out)%n%n"
                + "`confidence` is the probability of the chosen label after temperature scaling: p ∝ p_learner^(1/(T·√n)) "
                + "for a paragraph of n words and bigrams, T = %.3f, fitted by maximum likelihood on the leave-one-unit-out predictions (both views pooled). "
                + "It never changes the label. Below, each unit's paragraphs are scaled by the temperature fitted on the "
                + "other units only. ECE: expected calibration error over 10 equal-width confidence bins; Brier: sum over "
                + "the four labels of (p − truth)², averaged (0 best, 2 worst).%n%n", temperature));
        b.append("| view | confidence | ECE | Brier | mean confidence | accuracy | < " + Calibration.LOW
                + " (accuracy) | ≥ " + Calibration.LOW + " (accuracy) |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (TextView view : TextView.values()) {
            calibrationRow(b, view.id().replace('_', ' '), "learner's own", rawCalibration.get(view));
            calibrationRow(b, view.id().replace('_', ' '), "calibrated", calibration.get(view));
        }
        b.append("\nReliability, with headings, calibrated:\n\n| confidence | paragraphs | mean confidence | accuracy |\n| --- | --- | --- | --- |\n");
        for (Calibration.Bin bin : calibration.get(TextView.FULL).bins()) {
            b.append(String.format(Locale.ROOT, "| %.1f–%.1f | %d | %.3f | %.3f |%n", bin.from(), bin.to(), bin.paragraphs(),
                    bin.meanConfidence(), bin.accuracy()));
        }
    }

    private static void calibrationRow(StringBuilder b, String view, String kind, Calibration c) {
        b.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %.3f | %d (%.3f) | %d (%.3f) |%n", view, kind,
                c.ece(), c.brier(), c.meanConfidence(), c.accuracy(), c.low(), c.lowAccuracy(), c.rest(), c.restAccuracy()));
    }

    private void heldOut(StringBuilder b) {
        if (heldOut.isEmpty()) return;
        b.append("\n## Held-out reports (unseen text)\n\n")
                .append("The rules' held-out sets (`src/test/resources/rules/heldout*/`, with paragraph labels), written after the ")
                .append("corpus and never trained or tuned on, labelled by the model trained on the whole corpus. ECE and Brier ")
                .append("with headings; learner's own → calibrated.\n\n")
                .append("| set | reports | paragraphs | macro-F1 with headings | macro-F1 headings removed | ECE | Brier | < ")
                .append(Calibration.LOW).append(" (accuracy) | ≥ ").append(Calibration.LOW).append(" (accuracy) |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (HeldOutEvaluation h : heldOut) {
            Calibration raw = h.rawCalibration().get(TextView.FULL), cal = h.calibration().get(TextView.FULL);
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %.3f → %.3f | %.3f → %.3f | %d (%.3f) | %d (%.3f) |%n",
                    h.name(), h.reports(), h.paragraphs(), h.figures().get(TextView.FULL).macroF1(),
                    h.figures().get(TextView.CONTENT).macroF1(), raw.ece(), cal.ece(), raw.brier(), cal.brier(),
                    cal.low(), cal.lowAccuracy(), cal.rest(), cal.restAccuracy()));
        }
        HeldOutEvaluation last = heldOut.get(heldOut.size() - 1);
        perClass(b, "Held out (" + last.name() + ")", last.figures());
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
