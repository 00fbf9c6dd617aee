package org.shuzhi.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;
import weka.core.Instances;

/**
 * Cross-validation over given folds. Each fold's model is tested on its held-out paragraphs twice: as
 * written, and with headings removed (pure heading lines have no text then and are left out of that view).
 * Folds run in parallel, but predictions are scored in sample order, so the figures do not depend on timing.
 */
public final class Evaluator {
    private final ParagraphFeatures features;
    private final TrainingData data;
    private final List<Sample> samples;
    private final int threads;

    Evaluator(ParagraphFeatures features, TrainingData data, int threads) {
        this.features = features;
        this.data = data;
        this.samples = data.samples();
        this.threads = threads;
    }

    public Map<TextView, Figures> crossValidate(Algorithm algorithm, int[] fold) throws Exception {
        int k = Folds.count(fold);
        double[][][] dist = new double[TextView.values().length][samples.size()][];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int f = 0; f < k; f++) {
                final int test = f;
                jobs.add(pool.submit(() -> {
                    runFold(algorithm, fold, test, dist);
                    return null;
                }));
            }
            for (Future<?> j : jobs) j.get();
        } finally {
            pool.shutdownNow();
        }
        Map<TextView, Figures> out = new EnumMap<>(TextView.class);
        Instances header = features.header("eval");
        for (TextView view : TextView.values()) {
            Evaluation e = new Evaluation(header);
            for (int i = 0; i < samples.size(); i++) {
                double[] d = dist[view.ordinal()][i];
                if (d == null) continue;
                e.evaluationForSingleInstance(d, features.instance(header, data.vector(i, view), samples.get(i).label()), false);
            }
            out.put(view, Figures.of(e));
        }
        return out;
    }

    private void runFold(Algorithm algorithm, int[] fold, int test, double[][][] dist) throws Exception {
        Instances train = data.instances(i -> fold[i] != test);
        Classifier c = algorithm.create();
        c.buildClassifier(train);
        for (int i = 0; i < samples.size(); i++) {
            if (fold[i] != test) continue;
            for (TextView view : TextView.values()) {
                ParagraphFeatures.Vector v = data.vector(i, view);
                if (v == null) continue;
                dist[view.ordinal()][i] = c.distributionForInstance(features.instance(train, v, null));
            }
        }
    }
}
