package org.shuzhi.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Back-pressure for the expensive requests (reviews, archive writes): as many run at once as there are
 * cores, a bounded number wait, and anything beyond is answered 503 at once with Retry-After, so that the
 * accepted requests keep their latency instead of everyone waiting and nobody being told.
 */
final class ReviewGate {
    /** Seconds a refused client is asked to wait: a few reviews' worth. */
    static final int RETRY_AFTER_SECONDS = 2;

    private final Semaphore running;
    private final int capacity;
    private final AtomicInteger admitted = new AtomicInteger();

    ReviewGate(int concurrent, int waiting) {
        this.running = new Semaphore(concurrent, true);
        this.capacity = concurrent + waiting;
    }

    static ReviewGate forThisMachine() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ReviewGate(cores, 8 * cores);
    }

    /** Requests running or waiting now. */
    int admitted() {
        return admitted.get();
    }

    interface Work {
        void run() throws Exception;
    }

    void run(Work work) throws Exception {
        if (admitted.incrementAndGet() > capacity) {
            admitted.decrementAndGet();
            throw ApiError.busy("服务器繁忙：正在评审的报告已满，请 " + RETRY_AFTER_SECONDS + " 秒后重试", RETRY_AFTER_SECONDS);
        }
        try {
            running.acquire();
            try {
                work.run();
            } finally {
                running.release();
            }
        } finally {
            admitted.decrementAndGet();
        }
    }
}
