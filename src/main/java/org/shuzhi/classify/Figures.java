package org.shuzhi.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.document.Part;
import weka.classifiers.Evaluation;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/** One evaluation's figures: macro-F1, accuracy and per-class precision / recall / F1 over n paragraphs. */
public record Figures(double macroF1, double accuracy, int paragraphs, Map<String, ClassFigures> perClass) {
    public record ClassFigures(double precision, double recall, double f1, int support) {}

    /** Figures of class distributions against gold labels, in order; null rows (no text in a view) are skipped. */
    static Figures of(double[][] dist, List<Part> labels) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Part p : Part.values()) ids.add(p.id());
        attributes.add(new Attribute("label", ids));
        Instances header = new Instances("figures", attributes, 0);
        header.setClassIndex(0);
        try {
            Evaluation e = new Evaluation(header);
            for (int i = 0; i < dist.length; i++) {
                if (dist[i] == null) continue;
                DenseInstance gold = new DenseInstance(1.0, new double[] {labels.get(i).ordinal()});
                gold.setDataset(header);
                e.evaluationForSingleInstance(dist[i], gold, false);
            }
            return of(e);
        } catch (Exception ex) {
            throw new IllegalStateException("无法计算评估指标：" + ex.getMessage(), ex);
        }
    }

    /** Figures of labels given (a review's, say) against gold ones, in order. */
    public static Figures ofLabels(List<Part> gold, List<Part> predicted) {
        double[][] dist = new double[gold.size()][];
        for (int i = 0; i < dist.length; i++) {
            dist[i] = new double[Part.values().length];
            dist[i][predicted.get(i).ordinal()] = 1.0;
        }
        return of(dist, gold);
    }

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
