package org.copydesk.runtime.pipeline;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a function over a list of items on several threads and hands the results to a sink <em>in the items'
 * order</em>, on the calling thread. At most {@code window} results are computed ahead of the sink, so memory stays
 * bounded however many items there are, and the output of a run does not depend on the number of threads.
 *
 * <p>Used by {@code copydesk process}: parsing and the steps run in parallel, writing stays sequential and ordered.
 */
public final class OrderedWorkers {

    /** Receives results in order; runs on the calling thread only. */
    @FunctionalInterface
    public interface Sink<R> {
        void accept(R result) throws IOException;
    }

    private OrderedWorkers() {
    }

    /**
     * @param threads how many threads compute (1: everything runs on the calling thread, no pool)
     * @param window  how many results may wait for the sink at most (at least {@code threads})
     * @throws IOException      what the sink threw; nothing more is computed after it
     * @throws RuntimeException what the function threw for an item (its cause when wrapped); the run stops there
     */
    public static <T, R> void run(List<T> items, int threads, int window, Function<? super T, ? extends R> work,
                                  Sink<? super R> sink) throws IOException, InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (threads == 1 || items.size() < 2) {
            for (T item : items) {
                sink.accept(work.apply(item));
            }
            return;
        }
        int ahead = Math.max(window, threads);
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "copydesk-process-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Deque<Future<? extends R>> pending = new ArrayDeque<>(ahead);
        try {
            int next = 0;
            while (next < items.size() || !pending.isEmpty()) {
                while (next < items.size() && pending.size() < ahead) {
                    T item = items.get(next++);
                    pending.addLast(pool.submit(() -> work.apply(item)));
                }
                sink.accept(take(pending.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R take(Future<? extends R> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
