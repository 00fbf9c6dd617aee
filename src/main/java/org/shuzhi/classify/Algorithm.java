package org.shuzhi.classify;

import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayesMultinomial;
import weka.classifiers.functions.Logistic;
import weka.classifiers.functions.SMO;
import weka.classifiers.meta.FilteredClassifier;
import weka.classifiers.trees.RandomForest;
import weka.core.tokenizers.WordTokenizer;
import weka.filters.Filter;
import weka.filters.MultiFilter;
import weka.filters.unsupervised.attribute.ReplaceMissingValues;
import weka.filters.unsupervised.attribute.StringToWordVector;

/**
 * The Weka learners `train` compares, each behind the same bag-of-words filter. Every random choice has a
 * fixed seed, so the same corpus gives the same model and the same figures.
 */
public enum Algorithm {
    SMO("SMO (linear SVM, Platt-scaled probabilities)"),
    LOGISTIC("Logistic (ridge, 400 most frequent words)"),
    NAIVE_BAYES_MULTINOMIAL("NaiveBayesMultinomial"),
    RANDOM_FOREST("RandomForest (100 trees)");

    static final int SEED = 1;

    /**
     * The learner `train` uses. NaiveBayesMultinomial: the best leave-one-unit-out macro-F1 among the
     * learners that train and evaluate in seconds (see models/evaluation.md, `train --compare`).
     */
    public static final Algorithm CHOSEN = NAIVE_BAYES_MULTINOMIAL;

    private final String description;

    Algorithm(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** A fresh, untrained classifier: the words filter followed by this learner. */
    public Classifier create() {
        FilteredClassifier fc = new FilteredClassifier();
        // Logistic's quasi-Newton optimiser keeps a dense square matrix over all attributes: a full
        // vocabulary (tens of thousands of words and bigrams) does not fit in memory, so it gets a small one
        MultiFilter filters = new MultiFilter();
        // the position of a lone paragraph is unknown: it takes the training mean, as NaiveBayesMultinomial
        // cannot score a missing value
        filters.setFilters(new Filter[] {wordVector(this == LOGISTIC ? 400 : 100_000), new ReplaceMissingValues()});
        fc.setFilter(filters);
        fc.setClassifier(learner());
        fc.setDoNotCheckForModifiedClassAttribute(true);
        return fc;
    }

    private Classifier learner() {
        switch (this) {
            case SMO: {
                SMO smo = new SMO();
                smo.setBuildCalibrationModels(true);
                smo.setRandomSeed(SEED);
                return smo;
            }
            case LOGISTIC: {
                Logistic l = new Logistic();
                l.setRidge(1.0);
                l.setMaxIts(200);
                return l;
            }
            case NAIVE_BAYES_MULTINOMIAL:
                return new NaiveBayesMultinomial();
            case RANDOM_FOREST: {
                RandomForest rf = new RandomForest();
                rf.setSeed(SEED);
                rf.setNumIterations(100);
                rf.setNumExecutionSlots(1);
                return rf;
            }
            default:
                throw new IllegalStateException(name());
        }
    }

    /** Words and word bigrams as prepared by {@link ParagraphFeatures} (joined by spaces), present or not. */
    private static StringToWordVector wordVector(int wordsToKeep) {
        WordTokenizer tokenizer = new WordTokenizer();
        tokenizer.setDelimiters(" ");
        StringToWordVector v = new StringToWordVector();
        v.setAttributeIndices("first");
        v.setTokenizer(tokenizer);
        v.setLowerCaseTokens(false);
        v.setOutputWordCounts(false);
        v.setWordsToKeep(wordsToKeep);
        v.setMinTermFreq(2);
        v.setDoNotOperateOnPerClassBasis(true);
        v.setAttributeNamePrefix("w:");
        return v;
    }
}
