package org.shuzhi.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.shuzhi.document.Part;
import weka.classifiers.Classifier;
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

    /**
     * Out-of-fold class probabilities of every sample, per view (null where a sample has no text in it),
     * with each sample's number of words and bigrams in that view.
     */
    public record OutOfFold(int[] fold, Map<TextView, double[][]> distributions, Map<TextView, int[]> terms) {}

    public Map<TextView, Figures> crossValidate(Algorithm algorithm, int[] fold) throws Exception {
        return figures(predict(algorithm, fold));
    }

    public OutOfFold predict(Algorithm algorithm, int[] fold) throws Exception {
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
        Map<TextView, double[][]> out = new EnumMap<>(TextView.class);
        Map<TextView, int[]> terms = new EnumMap<>(TextView.class);
        for (TextView view : TextView.values()) {
            out.put(view, dist[view.ordinal()]);
            int[] t = new int[samples.size()];
            for (int i = 0; i < t.length; i++) {
                ParagraphFeatures.Vector v = data.vector(i, view);
                t[i] = v == null ? 0 : v.terms();
            }
            terms.put(view, t);
        }
        return new OutOfFold(fold, out, terms);
    }

    public Map<TextView, Figures> figures(OutOfFold predictions) {
        List<Part> labels = samples.stream().map(Sample::label).toList();
        Map<TextView, Figures> out = new EnumMap<>(TextView.class);
        predictions.distributions().forEach((view, dist) -> out.put(view, Figures.of(dist, labels)));
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
