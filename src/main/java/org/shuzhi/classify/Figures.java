package org.shuzhi.classify;

import java.util.LinkedHashMap;
import java.util.Map;
import org.shuzhi.document.Part;
import weka.classifiers.Evaluation;

/** One evaluation's figures: macro-F1, accuracy and per-class precision / recall / F1 over n paragraphs. */
public record Figures(double macroF1, double accuracy, int paragraphs, Map<String, ClassFigures> perClass) {
    public record ClassFigures(double precision, double recall, double f1, int support) {}

    static Figures of(Evaluation e) {
        Map<String, ClassFigures> per = new LinkedHashMap<>();
        double[][] cm = e.confusionMatrix();
        for (Part p : Part.values()) {
            int i = p.ordinal();
            int support = 0;
            for (double v : cm[i]) support += (int) v;
            per.put(p.id(), new ClassFigures(round(e.precision(i)), round(e.recall(i)), round(e.fMeasure(i)), support));
        }
        return new Figures(round(e.unweightedMacroFmeasure()), round(e.pctCorrect() / 100.0), (int) e.numInstances(), per);
    }

    private static double round(double v) {
        return Double.isNaN(v) ? 0.0 : Math.round(v * 10000) / 10000.0;
    }
}
