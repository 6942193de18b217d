package org.copydesk.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedWorkersTest {

    private static final List<Integer> ITEMS = IntStream.range(0, 500).boxed().toList();

    @Test
    void resultsReachTheSinkInInputOrderAlthoughWorkersFinishOutOfOrder() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> seen = new ArrayList<>();
        OrderedWorkers.run(ITEMS, 4, 16, i -> {
            threads.add(Thread.currentThread().getName());
            if (ThreadLocalRandom.current().nextInt(10) == 0) {
                sleep(2); // some items are slow, so later ones finish first
            }
            return i * 2;
        }, seen::add);

        assertThat(seen).isEqualTo(ITEMS.stream().map(i -> i * 2).toList());
        assertThat(threads).hasSizeGreaterThan(1).allMatch(n -> n.startsWith("copydesk-process-"));
    }

    @Test
    void consecutiveItemsGoToAWorkerInRunsWhenTheWindowAllows() throws Exception {
        String[] threadOf = new String[ITEMS.size()];
        List<Integer> seen = new ArrayList<>();
        OrderedWorkers.run(ITEMS, 2, 128, i -> {
            threadOf[i] = Thread.currentThread().getName();
            return i;
        }, seen::add);
        assertThat(seen).isEqualTo(ITEMS);
        int switches = 0;
        for (int i = 1; i < threadOf.length; i++) {
            if (!threadOf[i].equals(threadOf[i - 1])) {
                switches++;
            }
        }
        // one task per run of OrderedWorkers.MAX_RUN items: the thread can only change between runs
        assertThat(switches).isLessThanOrEqualTo(ITEMS.size() / OrderedWorkers.MAX_RUN);
    }

    @Test
    void neverComputesMoreThanTheWindowAheadOfTheSink() throws Exception {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        int[] consumed = {0};
        OrderedWorkers.run(ITEMS, 3, 8, i -> {
            int ahead;
            synchronized (consumed) {
                ahead = started.incrementAndGet() - consumed[0];
            }
            maxAhead.accumulateAndGet(ahead, Math::max);
            return i;
        }, r -> {
            sleep(1); // a slow sink: the workers would run away without the window
            synchronized (consumed) {
                consumed[0]++;
            }
        });

        assertThat(started.get()).isEqualTo(ITEMS.size());
        assertThat(maxAhead.get()).isBetween(1, 8 + 1);
    }

    @Test
    void oneThreadRunsEverythingOnTheCallingThread() throws Exception {
        String caller = Thread.currentThread().getName();
        List<String> names = new ArrayList<>();
        OrderedWorkers.run(List.of(1, 2, 3), 1, 4, i -> Thread.currentThread().getName(), names::add);
        assertThat(names).containsOnly(caller).hasSize(3);
    }

    @Test
    void aFailingItemStopsTheRunWithItsOwnException() {
        List<Integer> seen = new ArrayList<>();
        assertThatThrownBy(() -> OrderedWorkers.run(ITEMS, 2, 8, i -> {
            if (i == 100) {
                throw new IllegalArgumentException("item 100 is bad");
            }
            return i;
        }, seen::add)).isInstanceOf(IllegalArgumentException.class).hasMessage("item 100 is bad");
        assertThat(seen).isEqualTo(ITEMS.subList(0, 100));
    }

    @Test
    void aFailingSinkStopsTheRun() {
        AtomicInteger computed = new AtomicInteger();
        assertThatThrownBy(() -> OrderedWorkers.run(ITEMS, 2, 8, i -> computed.incrementAndGet(), r -> {
            if (r == 10) {
                throw new IOException("disk full");
            }
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(computed.get()).isLessThan(ITEMS.size());
    }

    @Test
    void refusesZeroThreads() {
        assertThatThrownBy(() -> OrderedWorkers.run(ITEMS, 0, 8, i -> i, r -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
