package org.shuzhi.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Back-pressure for the expensive requests (reviews, archive writes): as many run at once as there are
 * cores, and a request waits for its turn only as long as a person would wait for a self-check — the line
 * is as long as the recent service time says can be served within {@link #MAX_WAIT_MS}. Anything beyond is
 * answered 503 at once with Retry-After, so that accepted requests keep their latency instead of everyone
 * waiting and nobody being told. The line adapts to the machine: on a busy one a review takes longer, so
 * fewer wait.
 */
final class ReviewGate {
    /** Seconds a refused client is asked to wait: a few reviews' worth. */
    static final int RETRY_AFTER_SECONDS = 2;
    /** How long an admitted request may wait for a core. */
    static final long MAX_WAIT_MS = 1000;

    /**
     * Waits until the server can review at all (its start-up done), before a request joins the line; true if it
     * had to wait.
     */
    private final BooleanSupplier waitedForStart;
    private final Semaphore running;
    private final int concurrent;
    private final int maxWaiting;
    private final AtomicInteger admitted = new AtomicInteger();
    /** Recent service time in ms, smoothed; starts at a warm review's time on a quiet machine. */
    private volatile double serviceMs = 100;

    ReviewGate(int concurrent, int maxWaiting) {
        this(concurrent, maxWaiting, () -> false);
    }

    ReviewGate(int concurrent, int maxWaiting, BooleanSupplier waitedForStart) {
        this.waitedForStart = waitedForStart;
        this.running = new Semaphore(concurrent, true);
        this.concurrent = concurrent;
        this.maxWaiting = maxWaiting;
    }

    static ReviewGate forThisMachine() {
        return forThisMachine(() -> false);
    }

    /** {@code waitedForStart} waits for the server's start-up (see {@link Startup#awaitReady()}). */
    static ReviewGate forThisMachine(BooleanSupplier waitedForStart) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ReviewGate(cores, 8 * cores, waitedForStart);
    }

    /** Requests running or waiting now. */
    int admitted() {
        return admitted.get();
    }

    interface Work {
        void run() throws Exception;
    }

    void run(Work work) throws Exception {
        if (waitedForStart.getAsBoolean()) {
            // sent during the start: it has waited already, and all those sent then arrive at once; each takes
            // its turn in the fair line rather than being refused now as if the server were overloaded
            turn(work);
            return;
        }
        int ahead = admitted.getAndIncrement();
        try {
            int waiting = Math.max(0, ahead - concurrent + 1);
            if (waiting > maxWaiting || waiting * serviceMs / concurrent > MAX_WAIT_MS) throw busy();
            if (!running.tryAcquire(MAX_WAIT_MS, TimeUnit.MILLISECONDS)) throw busy();
            timed(work);
        } finally {
            admitted.decrementAndGet();
        }
    }

    /**
     * One review-sized step of a long request (a saved batch reviewed again under a new profile): it waits
     * its turn in the same fair line however long that is, and holds a core for this step only, so
     * self-checks arriving meanwhile are served between its steps instead of being refused for its whole
     * length.
     */
    void step(Work work) throws Exception {
        waitedForStart.getAsBoolean();
        turn(work);
    }

    /** Waits for a core in the fair line however long that is, then runs. */
    private void turn(Work work) throws Exception {
        admitted.incrementAndGet();
        try {
            running.acquire();
            timed(work);
        } finally {
            admitted.decrementAndGet();
        }
    }

    /** Runs work holding an acquired core, then gives the core back and learns the service time. */
    private void timed(Work work) throws Exception {
        long t0 = System.nanoTime();
        try {
            work.run();
        } finally {
            running.release();
            serviceMs = 0.8 * serviceMs + 0.2 * (System.nanoTime() - t0) / 1e6;
        }
    }

    private static ApiError busy() {
        return ApiError.busy("服务器繁忙：正在评审的报告已满，请 " + RETRY_AFTER_SECONDS + " 秒后重试", RETRY_AFTER_SECONDS);
    }
}
