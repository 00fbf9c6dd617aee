package org.shuzhi.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.shuzhi.corpus.Corpus;
import org.shuzhi.document.Part;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * Trains the paragraph classifier from a corpus: evaluates the learner with leave-one-unit-out and 10-fold
 * cross-validation (each with and without headings), optionally compares it with the other candidate
 * learners by leave-one-unit-out, and trains it on every labelled paragraph.
 */
public final class Trainer {
    public static final int FOLDS = 10;
    public static final long FOLD_SEED = 42;

    /** The outcome: the model to save and the evaluation to write next to it. */
    public record Result(ParagraphModel model, TrainingEvaluation evaluation) {}

    private final Algorithm learner;
    private final boolean compare;
    private final int threads;

    /** @param compare also evaluate every other candidate learner (slow: Logistic took 7 min and RandomForest over 20 min on the shared 2-core machine) */
    public Trainer(Algorithm learner, boolean compare, int threads) {
        this.learner = learner;
        this.compare = compare;
        this.threads = threads;
    }

    public static Trainer standard(boolean compare) {
        return new Trainer(Algorithm.CHOSEN, compare, Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    public Result train(Path corpusDir) throws Exception {
        return train(corpusDir, List.of());
    }

    /**
     * @param heldOut labelled report sets in corpus layout that are never trained on; the final model is
     *                measured on each of them (and on all of them pooled, when there are several)
     */
    public Result train(Path corpusDir, List<Path> heldOut) throws Exception {
        WekaSetup.apply();
        long started = System.nanoTime();
        Corpus corpus = Corpus.at(corpusDir);
        List<Sample> samples = CorpusSamples.of(corpus);
        if (samples.isEmpty()) throw new IllegalArgumentException("语料中没有已标注的段落：" + corpusDir);
        ParagraphFeatures features = new ParagraphFeatures(CueLexicons.at(corpusDir));
        TrainingData trainingData = new TrainingData(features, samples);
        Evaluator evaluator = new Evaluator(features, trainingData, threads);

        int[] byUnit = Folds.byUnit(samples);
        Evaluator.OutOfFold louo = evaluator.predict(learner, byUnit);
        Map<TextView, Figures> leaveOneUnitOut = evaluator.figures(louo);
        List<Part> labels = samples.stream().map(Sample::label).toList();
        Temperature temperature = fit(louo, labels, i -> true);
        Map<TextView, Calibration> rawCalibration = new EnumMap<>(TextView.class);
        Map<TextView, Calibration> calibration = new EnumMap<>(TextView.class);
        Map<TextView, double[][]> crossFitted = crossFitted(louo, labels);
        for (TextView view : TextView.values()) {
            rawCalibration.put(view, Calibration.of(louo.distributions().get(view), labels));
            calibration.put(view, Calibration.of(crossFitted.get(view), labels));
        }
        Map<TextView, Figures> tenFold = evaluator.crossValidate(learner, Folds.stratified(samples, FOLDS, FOLD_SEED));
        Map<Algorithm, Map<TextView, Figures>> comparison = new LinkedHashMap<>();
        if (compare) {
            for (Algorithm a : Algorithm.values()) {
                comparison.put(a, a == learner ? leaveOneUnitOut : evaluator.crossValidate(a, byUnit));
            }
        }

        Instances data = trainingData.instances(i -> true);
        Classifier classifier = learner.create();
        classifier.buildClassifier(data);
        ParagraphModel model = new ParagraphModel(features, classifier, learner, temperature);
        List<HeldOutEvaluation> heldOutFigures = new ArrayList<>();
        for (Path dir : heldOut) {
            heldOutFigures.add(HeldOutEvaluation.of(model, dir.getFileName().toString(), List.of(dir)));
        }
        if (heldOut.size() > 1) heldOutFigures.add(HeldOutEvaluation.of(model, "all held-out sets", heldOut));
        long seconds = Math.round((System.nanoTime() - started) / 1e9);
        long cpuSeconds = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toSeconds()).orElse(-1L);

        TrainingEvaluation evaluation = new TrainingEvaluation(
                corpus.entries().size(), Folds.count(byUnit), samples.size(), counts(samples),
                learner, comparison, tenFold, leaveOneUnitOut, temperature.value(), rawCalibration, calibration,
                heldOutFigures, seconds, cpuSeconds);
        return new Result(model, evaluation);
    }

    /**
     * The temperature that best fits the out-of-fold predictions of the included folds, both views pooled:
     * the product meets reports with headings and without.
     */
    private static Temperature fit(Evaluator.OutOfFold oof, List<Part> labels, IntPredicate includeFold) {
        List<double[]> rows = new ArrayList<>();
        List<Integer> terms = new ArrayList<>();
        List<Part> gold = new ArrayList<>();
        oof.distributions().forEach((view, dist) -> {
            for (int i = 0; i < dist.length; i++) {
                if (dist[i] == null || !includeFold.test(oof.fold()[i])) continue;
                rows.add(dist[i]);
                terms.add(oof.terms().get(view)[i]);
                gold.add(labels.get(i));
            }
        });
        return Temperature.fit(rows, terms, gold);
    }

    /**
     * Out-of-fold predictions calibrated without looking at their own fold: each unit's paragraphs are
     * scaled by the temperature fitted on the other units, so the calibration figures are not flattered.
     */
    private static Map<TextView, double[][]> crossFitted(Evaluator.OutOfFold oof, List<Part> labels) {
        Map<TextView, double[][]> out = new EnumMap<>(TextView.class);
        oof.distributions().forEach((view, dist) -> out.put(view, new double[dist.length][]));
        for (int f = 0; f < Folds.count(oof.fold()); f++) {
            final int held = f;
            Temperature t = fit(oof, labels, g -> g != held);
            oof.distributions().forEach((view, dist) -> {
                for (int i = 0; i < dist.length; i++) {
                    if (dist[i] != null && oof.fold()[i] == held) out.get(view)[i] = t.apply(dist[i], oof.terms().get(view)[i]);
                }
            });
        }
        return out;
    }

    private static Map<String, Integer> counts(List<Sample> samples) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Part p : Part.values()) out.put(p.id(), 0);
        for (Sample s : samples) out.merge(s.label().id(), 1, Integer::sum);
        return out;
    }
}
