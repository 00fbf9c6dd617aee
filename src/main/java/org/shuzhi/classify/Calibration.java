package org.shuzhi.classify;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.document.Part;

/**
 * How far a confidence can be trusted, from out-of-fold predictions: expected calibration error over ten
 * equal-width confidence bins, the multi-class Brier score (sum over the four labels of the squared
 * difference between probability and truth, 0 best, 2 worst), and how accurate the paragraphs below
 * {@link #LOW} are compared with the rest, which is what a reviewer acts on.
 */
public record Calibration(double ece, double brier, double meanConfidence, double accuracy,
                          int low, double lowAccuracy, int rest, double restAccuracy, List<Bin> bins) {
    /** Below this confidence a label is worth checking. */
    public static final double LOW = 0.8;
    static final int BINS = 10;

    /** One confidence bin: [from, to), the last one including 1. */
    public record Bin(double from, double to, int paragraphs, double meanConfidence, double accuracy) {}

    /** Rows that are null (no text in a view) are skipped. */
    public static Calibration of(double[][] dist, List<Part> labels) {
        int n = 0, correct = 0, low = 0, lowCorrect = 0;
        double brier = 0, confidenceSum = 0;
        int[] binCount = new int[BINS], binCorrect = new int[BINS];
        double[] binConfidence = new double[BINS];
        for (int i = 0; i < dist.length; i++) {
            double[] d = dist[i];
            if (d == null) continue;
            int gold = labels.get(i).ordinal();
            int best = 0;
            for (int k = 0; k < d.length; k++) {
                if (d[k] > d[best]) best = k;
                double truth = k == gold ? 1 : 0;
                brier += (d[k] - truth) * (d[k] - truth);
            }
            boolean right = best == gold;
            double c = d[best];
            n++;
            confidenceSum += c;
            if (right) correct++;
            if (c < LOW) {
                low++;
                if (right) lowCorrect++;
            }
            int bin = Math.min(BINS - 1, (int) (c * BINS));
            binCount[bin]++;
            binConfidence[bin] += c;
            if (right) binCorrect[bin]++;
        }
        double ece = 0;
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            if (binCount[b] == 0) continue;
            double conf = binConfidence[b] / binCount[b], acc = (double) binCorrect[b] / binCount[b];
            ece += (double) binCount[b] / n * Math.abs(acc - conf);
            bins.add(new Bin(b / (double) BINS, (b + 1) / (double) BINS, binCount[b], round(conf), round(acc)));
        }
        return new Calibration(round(ece), round(brier / n), round(confidenceSum / n), round((double) correct / n),
                low, round(ratio(lowCorrect, low)), n - low, round(ratio(correct - lowCorrect, n - low)), bins);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
