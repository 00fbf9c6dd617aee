package org.shuzhi.classify;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.corpus.Corpus;
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
        WekaSetup.apply();
        long started = System.nanoTime();
        Corpus corpus = Corpus.at(corpusDir);
        List<Sample> samples = CorpusSamples.of(corpus);
        if (samples.isEmpty()) throw new IllegalArgumentException("语料中没有已标注的段落：" + corpusDir);
        ParagraphFeatures features = new ParagraphFeatures(CueLexicons.at(corpusDir));
        TrainingData trainingData = new TrainingData(features, samples);
        Evaluator evaluator = new Evaluator(features, trainingData, threads);

        int[] byUnit = Folds.byUnit(samples);
        Map<TextView, Figures> leaveOneUnitOut = evaluator.crossValidate(learner, byUnit);
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
        ParagraphModel model = new ParagraphModel(features, classifier, learner);
        long seconds = Math.round((System.nanoTime() - started) / 1e9);
        long cpuSeconds = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toSeconds()).orElse(-1L);

        TrainingEvaluation evaluation = new TrainingEvaluation(
                corpus.entries().size(), Folds.count(byUnit), samples.size(), counts(samples),
                learner, comparison, tenFold, leaveOneUnitOut, seconds, cpuSeconds);
        return new Result(model, evaluation);
    }

    private static Map<String, Integer> counts(List<Sample> samples) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (org.shuzhi.document.Part p : org.shuzhi.document.Part.values()) out.put(p.id(), 0);
        for (Sample s : samples) out.merge(s.label().id(), 1, Integer::sum);
        return out;
    }
}
