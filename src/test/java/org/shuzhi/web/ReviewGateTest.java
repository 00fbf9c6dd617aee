package org.shuzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A long request made of steps (a saved batch reviewed again) shares the line with self-checks: a
 * self-check arriving during it is served between two steps, not refused for the request's whole length.
 */
class ReviewGateTest {

    @Test
    void aSelfCheckIsServedBetweenTheStepsOfALongRequest() throws Exception {
        ReviewGate gate = new ReviewGate(1, 8);
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch firstStepRunning = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> batch = pool.submit(() -> {
                for (int i = 1; i <= 4; i++) {
                    int n = i;
                    gate.step(() -> {
                        firstStepRunning.countDown();
                        Thread.sleep(300);
                        order.add("step" + n);
                    });
                }
                return null;
            });
            firstStepRunning.await();
            Future<?> selfCheck = pool.submit(() -> {
                gate.run(() -> order.add("self-check"));
                return null;
            });
            selfCheck.get();
            batch.get();
        } finally {
            pool.shutdownNow();
        }
        // fair line: the self-check waited for the running step only, then went before the next one
        assertEquals(List.of("step1", "self-check", "step2", "step3", "step4"), order);
    }

    @Test
    void theSameWorkAsOneRequestKeepsTheCoreAndTheSelfCheckIsRefused() throws Exception {
        ReviewGate gate = new ReviewGate(1, 8);
        CountDownLatch running = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> whole = pool.submit(() -> {
                gate.run(() -> {
                    running.countDown();
                    Thread.sleep(ReviewGate.MAX_WAIT_MS + 800);
                });
                return null;
            });
            running.await();
            // what the batch's re-review did before it took its turns step by step
            ApiError refused = assertThrows(ApiError.class, () -> gate.run(() -> { }));
            assertEquals(503, refused.status());
            whole.get();
        } finally {
            pool.shutdownNow();
        }
    }
}
