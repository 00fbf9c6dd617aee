package org.shuzhi.server;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #FREE_FAILURES} failed logins for a name or from an address,
 * each further attempt must wait, doubling from 30 seconds to at most 15 minutes; a success clears them.
 */
public final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final long FIRST_WAIT_MS = 30_000, MAX_WAIT_MS = 15 * 60_000;

    private record Failures(int count, long lastMs) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Seconds until a login for this name from this address may be tried, 0 if now. */
    public long secondsToWait(String name, String address) {
        return Math.max(wait("name:" + name), wait("addr:" + address));
    }

    public void failed(String name, String address) {
        long now = clock.millis();
        for (String k : new String[] {"name:" + name, "addr:" + address}) {
            failures.merge(k, new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
        }
    }

    public void succeeded(String name, String address) {
        failures.remove("name:" + name);
        failures.remove("addr:" + address);
    }

    private long wait(String key) {
        Failures f = failures.get(key);
        if (f == null || f.count() < FREE_FAILURES) return 0;
        long wait = Math.min(MAX_WAIT_MS, FIRST_WAIT_MS << Math.min(20, f.count() - FREE_FAILURES));
        long left = f.lastMs() + wait - clock.millis();
        return left <= 0 ? 0 : (left + 999) / 1000;
    }
}
