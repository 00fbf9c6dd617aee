package org.shuzhi.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Latencies in milliseconds, and their median and 95th percentile (nearest rank). Each run also records
 * the calling thread's CPU time: on a machine shared with other work the wall time includes waiting for a
 * core, the CPU time does not.
 */
final class Timings {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<Double> millis = new ArrayList<>();
    private final List<Double> cpuMillis = new ArrayList<>();
    /** A first run kept apart from the warm ones (the first answer after opening), or null. */
    private Timings first;

    void first(Timings first) {
        this.first = first;
    }

    /** The first run kept apart, in ms (NaN if none). */
    double firstMillis() {
        return first == null ? Double.NaN : first.mean();
    }

    /** Runs {@code task} and records how long it took. */
    <T> T time(java.util.function.Supplier<T> task) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        T result = task.get();
        millis.add((System.nanoTime() - t0) / 1e6);
        cpuMillis.add((THREADS.getCurrentThreadCpuTime() - c0) / 1e6);
        return result;
    }

    /** The same runs measured in CPU time of the calling thread. */
    Timings cpu() {
        Timings t = new Timings();
        t.millis.addAll(cpuMillis);
        return t;
    }

    /** CPU seconds used by the whole process so far (all threads, GC and JIT included). */
    static double processCpuSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    /** The one-minute load average (runnable threads competing for the cores), or NaN. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
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
