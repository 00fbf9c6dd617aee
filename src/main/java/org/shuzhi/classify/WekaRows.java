package org.shuzhi.classify;

import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * One row of a text classifier's data set, as every model here lays it out: the words as the first (string)
 * attribute, the numeric features after it, the class last (missing when it is to be predicted).
 */
final class WekaRows {
    private WekaRows() {}

    /** @param label the class's index, or -1 when unknown */
    static Instance instance(Instances data, String words, double[] numbers, int label) {
        double[] v = new double[data.numAttributes()];
        v[0] = data.attribute(0).addStringValue(words);
        System.arraycopy(numbers, 0, v, 1, numbers.length);
        v[v.length - 1] = label < 0 ? Utils.missingValue() : label;
        Instance inst = new DenseInstance(1.0, v);
        inst.setDataset(data);
        return inst;
    }
}
