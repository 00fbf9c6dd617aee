package org.shuzhi.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.shuzhi.document.Part;

/** Fold assignments for cross-validation: one fold number per sample, in sample order. */
public final class Folds {
    private Folds() {}

    /** Stratified k folds: each label's paragraphs shuffled with a fixed seed and dealt round-robin. */
    public static int[] stratified(List<Sample> samples, int k, long seed) {
        int[] fold = new int[samples.size()];
        Random random = new Random(seed);
        int next = 0;
        for (Part label : Part.values()) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) if (samples.get(i).label() == label) idx.add(i);
            java.util.Collections.shuffle(idx, random);
            for (int i : idx) fold[i] = next++ % k;
        }
        return fold;
    }

    /** Leave one unit out: one fold per unit (all its years), units in sorted order. */
    public static int[] byUnit(List<Sample> samples) {
        TreeMap<String, Integer> units = new TreeMap<>();
        for (Sample s : samples) units.put(s.unit(), 0);
        int n = 0;
        for (var e : units.entrySet()) e.setValue(n++);
        int[] fold = new int[samples.size()];
        for (int i = 0; i < samples.size(); i++) fold[i] = units.get(samples.get(i).unit());
        return fold;
    }

    static int count(int[] fold) {
        int max = -1;
        for (int f : fold) max = Math.max(max, f);
        return max + 1;
    }
}
