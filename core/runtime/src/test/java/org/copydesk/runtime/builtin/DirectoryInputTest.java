package org.copydesk.runtime.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.copydesk.api.Acknowledgement;
import org.copydesk.api.InputContext;
import org.copydesk.api.Payload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryInputTest {
    @TempDir
    Path dir;

    /** Keeps what was submitted; acknowledges only when told to. */
    private static final class Holding implements InputContext {
        final Map<String, AtomicInteger> submissions = new ConcurrentHashMap<>();
        final List<Payload> payloads = new CopyOnWriteArrayList<>();
        final List<Acknowledgement> acks = new CopyOnWriteArrayList<>();
        final Map<String, String> threads = new ConcurrentHashMap<>();

        @Override
        public String pipeline() {
            return "test";
        }

        @Override
        public void submit(Payload payload, Acknowledgement ack) {
            submissions.computeIfAbsent(payload.attributes().get("file.name"), k -> new AtomicInteger()).incrementAndGet();
            threads.put(payload.attributes().get("file.name"), Thread.currentThread().getName());
            payloads.add(payload);
            acks.add(ack);
        }

        @Override
        public boolean isStopping() {
            return false;
        }
    }

    @Test
    void severalReadersOfferEveryFileOnceWithItsBytesAndNothingAgainWhileItIsInFlight() throws Exception {
        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        for (int i = 0; i < 300; i++) {
            Files.writeString(inbox.resolve(String.format("story-%03d.txt", i)), "story " + i);
        }
        DirectoryInput input = new DirectoryInput("test", inbox, inbox.resolve(".done"), Duration.ZERO,
                Duration.ofMillis(20), false, 4, Clock.systemUTC());
        Holding context = new Holding();
        input.start(context);
        try {
            waitFor(() -> context.payloads.size() >= 300);
            Thread.sleep(200); // several more scans happen meanwhile: nothing in flight may be offered again
            assertThat(context.payloads).hasSize(300);
            assertThat(context.submissions.values()).allMatch(n -> n.get() == 1);
            for (Payload p : context.payloads) {
                String name = p.attributes().get("file.name");
                assertThat(new String(p.bytes(), StandardCharsets.UTF_8))
                        .isEqualTo("story " + Integer.parseInt(name.substring(6, 9)));
            }
            assertThat(context.threads.values()).anyMatch(t -> t.startsWith("copydesk-test-read-"));

            context.acks.forEach(Acknowledgement::ack);
            try (var files = Files.list(inbox.resolve(".done"))) {
                assertThat(files.count()).isEqualTo(300);
            }
            try (var files = Files.list(inbox)) {
                assertThat(files.filter(Files::isRegularFile).count()).isZero();
            }
        } finally {
            input.stop();
            assertThat(input.awaitStop(Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void aRefusedFileIsOfferedAgainLaterAndAFileThatVanishedIsNotOffered() throws Exception {
        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve("a.txt"), "a");
        DirectoryInput input = new DirectoryInput("test", inbox, inbox.resolve(".done"), Duration.ZERO,
                Duration.ofMillis(20), false, 4, Clock.systemUTC());
        Holding context = new Holding();
        input.start(context);
        try {
            waitFor(() -> context.payloads.size() == 1);
            Files.delete(inbox.resolve("a.txt"));
            context.acks.get(0).ack(); // moving a vanished file fails quietly; the file is released
            Files.writeString(inbox.resolve("b.txt"), "b");
            waitFor(() -> context.payloads.size() == 2);
            assertThat(context.payloads.get(1).attributes().get("file.name")).isEqualTo("b.txt");
        } finally {
            input.stop();
            assertThat(input.awaitStop(Duration.ofSeconds(5))).isTrue();
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(10);
        }
    }
}
