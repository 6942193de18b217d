package org.copydesk.fetch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Per-host politeness: at most {@code concurrency} requests at once and {@code ratePerSecond} starts a second. */
public final class HostLimiter {
    private final long intervalNanos;
    private final int concurrency;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    private static final class Host {
        final Semaphore permits;
        long nextStartNanos;

        Host(int concurrency) {
            permits = new Semaphore(concurrency, true);
        }
    }

    HostLimiter(double ratePerSecond, int concurrency) {
        this.intervalNanos = ratePerSecond <= 0 ? 0 : (long) (1_000_000_000L / ratePerSecond);
        this.concurrency = concurrency;
    }

    /** Waits for a permit and this host's next start slot; the caller must {@link #release} the returned key. */
    String acquire(String hostKey) throws InterruptedException {
        Host host = hosts.computeIfAbsent(hostKey, k -> new Host(concurrency));
        host.permits.acquire();
        try {
            long waitNanos;
            synchronized (host) {
                long now = System.nanoTime();
                long start = Math.max(now, host.nextStartNanos);
                host.nextStartNanos = start + intervalNanos;
                waitNanos = start - now;
            }
            if (waitNanos > 0) {
                TimeUnit.NANOSECONDS.sleep(waitNanos);
            }
        } catch (InterruptedException e) {
            host.permits.release();
            throw e;
        }
        return hostKey;
    }

    void release(String hostKey) {
        Host host = hosts.get(hostKey);
        if (host != null) {
            host.permits.release();
        }
    }
}
