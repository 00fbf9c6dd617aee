package org.shuzhi.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies in milliseconds, and their median and 95th percentile (nearest rank). */
final class Timings {
    private final List<Double> millis = new ArrayList<>();

    /** Runs {@code task} and records how long it took. */
    <T> T time(java.util.function.Supplier<T> task) {
        long t0 = System.nanoTime();
        T result = task.get();
        millis.add((System.nanoTime() - t0) / 1e6);
        return result;
    }

    void add(double ms) {
        millis.add(ms);
    }

    int count() {
        return millis.size();
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double mean() {
        return millis.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    double percentile(double p) {
        if (millis.isEmpty()) return Double.NaN;
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
