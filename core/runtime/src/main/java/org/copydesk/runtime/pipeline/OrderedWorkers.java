package org.copydesk.runtime.pipeline;

import java.io.IOException;
import java.util.ArrayList;
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
 * bounded however many items there are, and the output of a run does not depend on the number of threads. A worker
 * takes consecutive items in runs (up to {@link #MAX_RUN}) when the window leaves room, so the thread handoffs are
 * paid per run rather than per item.
 *
 * <p>Used by {@code copydesk process}: parsing and the steps run in parallel, writing stays sequential and ordered.
 */
public final class OrderedWorkers {

    /** Receives results in order; runs on the calling thread only. */
    @FunctionalInterface
    public interface Sink<R> {
        void accept(R result) throws IOException;
    }

    /** Items in one task at most. */
    static final int MAX_RUN = 16;

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
        // Items go to the pool in runs of consecutive items, so that a handoff (a wake-up of a worker, then of this
        // thread) is paid per run rather than per item; runs stay small enough that every thread gets several and
        // that the window still bounds what is computed ahead.
        int run = Math.max(1, Math.min(MAX_RUN, Math.min(ahead / (2 * threads), items.size() / (4 * threads))));
        int runsAhead = Math.max(threads, ahead / run);
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "copydesk-process-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Run<R>>> pending = new ArrayDeque<>(runsAhead);
        try {
            int next = 0;
            while (next < items.size() || !pending.isEmpty()) {
                while (next < items.size() && pending.size() < runsAhead) {
                    List<T> slice = items.subList(next, Math.min(items.size(), next + run));
                    next += slice.size();
                    pending.addLast(pool.submit(() -> Run.of(slice, work)));
                }
                Run<R> done = take(pending.removeFirst());
                for (R result : done.results()) {
                    sink.accept(result);
                }
                done.rethrow();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * What a worker computed for a run of items: the results in order, up to the first item whose function threw,
     * and what it threw (the results before it still reach the sink, as they would item by item).
     */
    private record Run<R>(List<R> results, RuntimeException failure) {
        static <T, R> Run<R> of(List<T> slice, Function<? super T, ? extends R> work) {
            List<R> results = new ArrayList<>(slice.size());
            for (T item : slice) {
                try {
                    results.add(work.apply(item));
                } catch (RuntimeException e) {
                    return new Run<>(results, e);
                }
            }
            return new Run<>(results, null);
        }

        void rethrow() {
            if (failure != null) {
                throw failure;
            }
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
