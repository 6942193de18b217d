package org.copydesk.runtime.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

    /** A clock the test moves forward. */
    private static final class ManualClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-28T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aRefusedFileIsOfferedAgainOnlyAfterItsBackOffAndAVanishedOneNever() throws Exception {
        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve("a.txt"), "a");
        Files.writeString(inbox.resolve("b.txt"), "b");
        ManualClock clock = new ManualClock();
        DirectoryInput input = new DirectoryInput("test", inbox, inbox.resolve(".done"), Duration.ZERO,
                Duration.ofMillis(20), false, 4, clock);
        Holding context = new Holding();
        input.start(context);
        try {
            waitFor(() -> context.payloads.size() == 2);
            Acknowledgement ackA = context.acks.get(context.payloads.get(0).attributes().get("file.name")
                    .equals("a.txt") ? 0 : 1);
            Acknowledgement ackB = context.acks.get(context.payloads.get(0).attributes().get("file.name")
                    .equals("a.txt") ? 1 : 0);
            ackA.nack(new IllegalStateException("output down"));
            Files.delete(inbox.resolve("b.txt"));
            ackB.nack(new IllegalStateException("output down"));

            Thread.sleep(300); // many scans: a.txt waits for its back-off, b.txt is gone
            assertThat(context.payloads).hasSize(2);

            clock.now = clock.now.plusSeconds(11);
            waitFor(() -> context.payloads.size() == 3);
            Thread.sleep(200);
            assertThat(context.payloads).hasSize(3);
            assertThat(context.payloads.get(2).attributes().get("file.name")).isEqualTo("a.txt");
            assertThat(context.submissions.get("a.txt").get()).isEqualTo(2);
            assertThat(context.submissions.get("b.txt").get()).isEqualTo(1);
        } finally {
            input.stop();
            assertThat(input.awaitStop(Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void aFileReplacedUnderTheSameNameWhileInFlightIsReadNotArchivedUnread() throws Exception {
        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve("feed.xml"), "VERSION 1");
        DirectoryInput input = new DirectoryInput("test", inbox, inbox.resolve(".done"), Duration.ZERO,
                Duration.ofMillis(20), false, 1, Clock.systemUTC());
        Holding context = new Holding();
        input.start(context);
        try {
            waitFor(() -> context.payloads.size() == 1);
            // a feed drops the same name again, by atomic rename, while version 1 is being processed
            Path staging = dir.resolve("feed.xml.new");
            Files.writeString(staging, "VERSION 2, longer");
            Files.move(staging, inbox.resolve("feed.xml"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            context.acks.get(0).ack();
            waitFor(() -> context.payloads.size() == 2);
            assertThat(new String(context.payloads.get(1).bytes(), StandardCharsets.UTF_8)).isEqualTo("VERSION 2, longer");
            context.acks.get(1).ack();
            assertThat(Files.readString(inbox.resolve(".done/feed.xml"))).isEqualTo("VERSION 2, longer");
        } finally {
            input.stop();
            assertThat(input.awaitStop(Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void aProcessedFileThatCannotBeMovedIsNotReadAgainAndItsMoveIsRetried() throws Exception {
        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve("a.txt"), "a");
        ManualClock clock = new ManualClock();
        DirectoryInput input = new DirectoryInput("test", inbox, inbox.resolve(".done"), Duration.ZERO,
                Duration.ofMillis(20), false, 1, clock);
        Holding context = new Holding();
        input.start(context);
        try {
            waitFor(() -> context.payloads.size() == 1);
            // the done folder becomes unusable (a file where the folder was): the move fails
            Files.delete(inbox.resolve(".done"));
            Files.writeString(inbox.resolve(".done"), "not a folder");
            context.acks.get(0).ack();
            Thread.sleep(300); // many scans: the processed file is not offered again
            assertThat(context.payloads).hasSize(1);
            assertThat(inbox.resolve("a.txt")).exists();

            Files.delete(inbox.resolve(".done"));
            Files.createDirectories(inbox.resolve(".done"));
            clock.now = clock.now.plusSeconds(61); // the move's back-off
            waitFor(() -> Files.exists(inbox.resolve(".done/a.txt")));
            assertThat(context.payloads).hasSize(1);
        } finally {
            input.stop();
            assertThat(input.awaitStop(Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void aFileOverTheSizeLimitIsSetAsideUnreadAndTheOthersGoOn() throws Exception {
        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        Files.write(inbox.resolve("huge.txt"), new byte[2_000]);
        Files.writeString(inbox.resolve("small.txt"), "small");
        DirectoryInput input = new DirectoryInput("test", inbox, inbox.resolve(".done"), Duration.ZERO,
                Duration.ofMillis(20), false, 1, 1_000, Clock.systemUTC());
        Holding context = new Holding();
        input.start(context);
        try {
            waitFor(() -> context.payloads.size() == 1 && Files.exists(inbox.resolve(".rejected/huge.txt")));
            Thread.sleep(200);
            assertThat(context.payloads).extracting(p -> p.attributes().get("file.name")).containsExactly("small.txt");
            assertThat(inbox.resolve("huge.txt")).doesNotExist();
            assertThat(Files.size(inbox.resolve(".rejected/huge.txt"))).isEqualTo(2_000);
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
