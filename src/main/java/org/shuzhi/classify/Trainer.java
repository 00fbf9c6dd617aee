package org.shuzhi.classify;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuzhi.corpus.Corpus;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * Trains the paragraph classifier from a corpus: compares the candidate learners by leave-one-unit-out
 * macro-F1 (the mean of the with-headings and headings-removed figures), evaluates the chosen one with
 * 10-fold cross-validation as well, and trains it on every labelled paragraph.
 */
public final class Trainer {
    public static final int FOLDS = 10;
    public static final long FOLD_SEED = 42;

    /** The outcome: the model to save and the evaluation to write next to it. */
    public record Result(ParagraphModel model, TrainingEvaluation evaluation) {}

    private final List<Algorithm> candidates;
    private final int threads;

    public Trainer(List<Algorithm> candidates, int threads) {
        this.candidates = List.copyOf(candidates);
        this.threads = threads;
    }

    public static Trainer standard() {
        return new Trainer(List.of(Algorithm.values()), Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
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
        Map<Algorithm, Map<TextView, Figures>> comparison = new LinkedHashMap<>();
        Algorithm best = null;
        double bestScore = -1;
        for (Algorithm a : candidates) {
            Map<TextView, Figures> f = evaluator.crossValidate(a, byUnit);
            comparison.put(a, f);
            double score = (f.get(TextView.FULL).macroF1() + f.get(TextView.CONTENT).macroF1()) / 2;
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        Map<TextView, Figures> tenFold = evaluator.crossValidate(best, Folds.stratified(samples, FOLDS, FOLD_SEED));

        Instances data = trainingData.instances(i -> true);
        Classifier classifier = best.create();
        classifier.buildClassifier(data);
        ParagraphModel model = new ParagraphModel(features, classifier, best, data);
        long seconds = Math.round((System.nanoTime() - started) / 1e9);

        TrainingEvaluation evaluation = new TrainingEvaluation(
                corpus.entries().size(), Folds.count(byUnit), samples.size(), counts(samples),
                best, comparison, tenFold, comparison.get(best), seconds);
        return new Result(model, evaluation);
    }

    private static Map<String, Integer> counts(List<Sample> samples) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (org.shuzhi.document.Part p : org.shuzhi.document.Part.values()) out.put(p.id(), 0);
        for (Sample s : samples) out.merge(s.label().id(), 1, Integer::sum);
        return out;
    }
}
