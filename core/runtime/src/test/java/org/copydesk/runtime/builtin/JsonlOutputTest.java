package org.copydesk.runtime.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.copydesk.api.Document;
import org.copydesk.api.Source;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlOutputTest {
    @TempDir
    Path dir;

    private static Document doc(String id) {
        Document d = new Document(new Source("test:/" + id, "text", Instant.EPOCH));
        d.setId(id);
        d.setBody("body of " + id);
        return d;
    }

    @Test
    void appendsWholeLinesAcrossReopen() throws Exception {
        Path file = dir.resolve("sub/out.jsonl");
        try (JsonlOutput out = new JsonlOutput(file, false)) {
            out.write(List.of(doc("a"), doc("b")));
            out.flush();
        }
        try (JsonlOutput out = new JsonlOutput(file, true)) {
            out.write(List.of(doc("c")));
            out.flush();
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).startsWith("{\"id\":\"c\"");
        assertThat(Files.readString(file)).endsWith("}\n");
    }

    @Test
    void aTornLastLineIsCutBackOnOpen() throws Exception {
        Path file = dir.resolve("out.jsonl");
        String good = "{\"id\":\"a\"}\n{\"id\":\"b\"}\n";
        Files.write(file, (good + "{\"id\":\"c\",\"bo").getBytes(StandardCharsets.UTF_8));
        try (JsonlOutput out = new JsonlOutput(file, false)) {
            out.write(List.of(doc("d")));
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("{\"id\":\"a\"}");
        assertThat(lines.get(2)).startsWith("{\"id\":\"d\"");
    }

    @Test
    void aFileWithOnlyAPartialLineIsEmptied() throws Exception {
        Path file = dir.resolve("out.jsonl");
        Files.writeString(file, "{\"id\":\"x");
        new JsonlOutput(file, false).close();
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void documentsWrittenBeforeACrashAreNotWrittenAgainAfterRestart() throws Exception {
        Path file = dir.resolve("out.jsonl");
        try (JsonlOutput out = new JsonlOutput(file, false, 3)) {
            out.write(List.of(doc("a"), doc("b"), doc("c")));
            out.write(List.of(doc("b")));
        }
        // "Restart": the ids come back from the file's tail; a replayed document is skipped, a new one written.
        try (JsonlOutput out = new JsonlOutput(file, false, 3)) {
            out.write(List.of(doc("c"), doc("d")));
            out.write(List.of(doc("d")));
        }
        assertThat(Files.readAllLines(file)).extracting(l -> l.substring(7, 8)).containsExactly("a", "b", "c", "d");
        // The window is bounded: 'a' has been forgotten (window 3: b, c, d), so it is written again.
        try (JsonlOutput out = new JsonlOutput(file, false, 3)) {
            out.write(List.of(doc("a")));
        }
        assertThat(Files.readAllLines(file)).hasSize(5);
    }

    private static Document page(String id, String headline, String body, Instant received) {
        Document d = new Document(new Source("https://news.example.org/page", "html", received));
        d.setId(id);
        d.setHeadline(headline);
        d.setBody(body);
        return d;
    }

    @Test
    void aDocumentWithAKnownIdAndNewContentIsWritten() throws Exception {
        // Review A2: http-fetch with an interval re-fetched a page whose text changed each time ("Version N"); every
        // version after the first was dropped as "already written" because only the id was compared.
        Path file = dir.resolve("out.jsonl");
        Instant t0 = Instant.parse("2026-01-06T10:00:00Z");
        try (JsonlOutput out = new JsonlOutput(file, false, 100)) {
            out.write(List.of(page("p", "Harbour", "Version 1", t0)));
            // re-fetched unchanged (another receive time, same headline and body): a true repeat
            out.write(List.of(page("p", "Harbour", "Version 1", t0.plusSeconds(60))));
            // the page changed: written
            out.write(List.of(page("p", "Harbour", "Version 2", t0.plusSeconds(120))));
            // a corrected headline only: written
            out.write(List.of(page("p", "Harbour reopens", "Version 2", t0.plusSeconds(180))));
        }
        assertThat(Files.readAllLines(file)).hasSize(3);
        // After a restart the keys come back from the file the same way: repeats of any written version are
        // skipped, a new version is written.
        try (JsonlOutput out = new JsonlOutput(file, false, 100)) {
            out.write(List.of(page("p", "Harbour", "Version 1", t0.plusSeconds(240)),
                    page("p", "Harbour reopens", "Version 2", t0.plusSeconds(240)),
                    page("p", "Harbour reopens", "Version 3", t0.plusSeconds(240)),
                    page("p", "Harbour reopens", "Version 3", t0.plusSeconds(240))));
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(4);
        assertThat(lines).extracting(l -> l.replaceAll(".*\"body\":\"([^\"]*)\".*", "$1"))
                .containsExactly("Version 1", "Version 2", "Version 2", "Version 3");
    }

    @Test
    void threeDocumentsSharingAnIdWithDifferentBodiesAreAllWritten() throws Exception {
        // Review A1: three articles sharing one canonical URL as id -> only the first was written.
        Path file = dir.resolve("out.jsonl");
        try (JsonlOutput out = new JsonlOutput(file, false, 100)) {
            out.write(List.of(page("https://news.example.org/", "Story 1", "Story 1 text", Instant.EPOCH),
                    page("https://news.example.org/", "Story 2", "Story 2 text", Instant.EPOCH)));
            out.write(List.of(page("https://news.example.org/", "Story 3", "Story 3 text", Instant.EPOCH)));
        }
        assertThat(Files.readAllLines(file)).hasSize(3);
    }

    @Test
    void aWriteThatFailedIsNotTakenAsWrittenWhenItIsRetried() throws Exception {
        // /dev/full fails every write with ENOSPC, as a full disk does: the retry must fail too, not skip the
        // documents as already written (then the input would ack them and they would be lost)
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.isWritable(full), "no /dev/full here");
        try (JsonlOutput out = new JsonlOutput(full, false, 10)) {
            assertThatThrownBy(() -> out.write(List.of(doc("a"), doc("b")))).isInstanceOf(java.io.IOException.class);
            assertThatThrownBy(() -> out.write(List.of(doc("a"), doc("b")))).isInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void aDocumentTwiceInOneBatchIsWrittenOnce() throws Exception {
        Path file = dir.resolve("out.jsonl");
        try (JsonlOutput out = new JsonlOutput(file, false, 10)) {
            out.write(List.of(doc("a"), doc("a"), doc("b")));
        }
        assertThat(Files.readAllLines(file)).extracting(l -> l.substring(7, 8)).containsExactly("a", "b");
    }

    private static Document big(String id, int bytes) {
        Document d = doc(id);
        d.setBody("x".repeat(bytes));
        return d;
    }

    private static void assertWholeJsonLines(Path file, int expected) throws Exception {
        List<String> lines = Files.readAllLines(file);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : lines) {
            assertThat(json.readTree(line).path("id").asText()).as("a whole JSON line").isNotEmpty();
        }
        assertThat(lines).as("every document written, none cut off").hasSize(expected);
        assertThat(Files.readString(file)).endsWith("}\n");
    }

    @Test
    void openingTheFileWhileAnotherWriterWritesCutsNothing() throws Exception {
        // review 5 #3: every opening cut a file not ending in a newline back to its last newline, also when that
        // "partial line" was another writer's batch still being written: its documents, counted as written, were lost
        Path file = dir.resolve("shared.jsonl");
        int batches = 40;
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger others = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread second = new Thread(() -> {
            try {
                while (!done.get()) { // a second writer opening the file again and again (reloads, process runs)
                    try (JsonlOutput out = new JsonlOutput(file, false, 0)) {
                        out.write(List.of(doc("other-" + others.get())));
                        others.incrementAndGet();
                    }
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        try (JsonlOutput out = new JsonlOutput(file, false, 10)) {
            second.start();
            for (int b = 0; b < batches; b++) {
                out.write(List.of(big("a" + b + "-1", 300_000), big("a" + b + "-2", 300_000),
                        big("a" + b + "-3", 300_000)));
            }
        } finally {
            done.set(true);
            second.join();
        }
        assertThat(failure.get()).isNull();
        assertThat(others.get()).as("the second writer's openings").isPositive();
        assertWholeJsonLines(file, batches * 3 + others.get());
    }

    @Test
    void anotherProcessHoldingTheLockMidLineIsWaitedForNotCutOff() throws Exception {
        // a writer in another process (copydesk process beside the daemon) holds the file's lock while its line is
        // half written; an opening waits for it instead of cutting the line off
        Path file = dir.resolve("shared.jsonl");
        Files.writeString(file, "{\"id\":\"first\"}\n");
        Path source = dir.resolve("HalfLine.java");
        Files.writeString(source, """
                import java.nio.ByteBuffer;
                import java.nio.channels.FileChannel;
                import java.nio.file.Path;
                import java.nio.file.StandardOpenOption;
                public class HalfLine {
                    public static void main(String[] args) throws Exception {
                        try (FileChannel ch = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE,
                                StandardOpenOption.APPEND); var lock = ch.lock()) {
                            ch.write(ByteBuffer.wrap("{\\"id\\":\\"other\\",\\"body\\":\\"half".getBytes()));
                            System.out.println("locked");
                            System.out.flush();
                            Thread.sleep(1500);
                            ch.write(ByteBuffer.wrap(" and the rest\\"}\\n".getBytes()));
                        }
                    }
                }
                """);
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(javaBin, source.toString(), file.toString()).redirectErrorStream(true).start();
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(reader.readLine()).isEqualTo("locked");
            try (JsonlOutput out = new JsonlOutput(file, false, 10)) {
                out.write(List.of(doc("mine")));
            }
            assertThat(child.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertWholeJsonLines(file, 3);
        assertThat(Files.readAllLines(file).get(1)).isEqualTo("{\"id\":\"other\",\"body\":\"half and the rest\"}");
    }

    @Test
    void closingAnotherOutputOfTheFileKeepsTheLockOfABatchBeingWritten() throws Exception {
        // review 6: a FileLock is a POSIX record lock, which belongs to the process, and closing any channel of the
        // file drops every such lock the process holds on it. Output b's close() ran outside the per-file monitor,
        // so closing b while a was appending a batch let another process take the lock (and, opening the file, cut
        // a's batch off as a torn line). The other process here reports the file's size when it gets the lock: a's
        // batch must be complete by then.
        Path file = dir.resolve("shared.jsonl");
        JsonlOutput a = new JsonlOutput(file, false, 0);
        JsonlOutput b = new JsonlOutput(file, false, 0);
        Path source = dir.resolve("LockProbe.java");
        Files.writeString(source, """
                import java.io.BufferedReader;
                import java.io.InputStreamReader;
                import java.nio.ByteBuffer;
                import java.nio.channels.FileChannel;
                import java.nio.channels.FileLock;
                import java.nio.file.Path;
                import java.nio.file.StandardOpenOption;
                public class LockProbe {
                    public static void main(String[] args) throws Exception {
                        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
                        try (FileChannel ch = FileChannel.open(Path.of(args[0]), StandardOpenOption.READ,
                                StandardOpenOption.WRITE)) {
                            System.out.println("ready");
                            System.out.flush();
                            in.readLine(); // go: the writer is inside its locked write and b is being closed
                            long deadline = System.nanoTime() + 60_000_000_000L;
                            while (System.nanoTime() < deadline) {
                                FileLock lock = ch.tryLock();
                                if (lock != null) {
                                    long size = ch.size();
                                    ByteBuffer last = ByteBuffer.allocate(1);
                                    ch.read(last, size - 1);
                                    lock.release();
                                    System.out.println(size + " " + (last.get(0) == '\\n'));
                                    return;
                                }
                                Thread.sleep(1);
                            }
                            System.out.println("never");
                        }
                    }
                }
                """);
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(javaBin, source.toString(), file.toString()).redirectErrorStream(true).start();
        List<Document> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            batch.add(big("a" + i, 1_000_000));
        }
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                a.write(batch);
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        Thread closer = new Thread(() -> {
            try {
                b.close();
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8)); var go = new java.io.PrintWriter(child.getOutputStream(), true)) {
            assertThat(reader.readLine()).isEqualTo("ready");
            writer.start();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (Files.size(file) == 0 && writer.isAlive() && System.nanoTime() < deadline) {
                Thread.onSpinWait(); // the file grows only inside a's locked write
            }
            assertThat(writer.isAlive()).as("the batch is still being written (make it larger if not)").isTrue();
            closer.start();
            go.println("go");
            String seen = reader.readLine();
            writer.join();
            closer.join();
            a.close();
            assertThat(failure.get()).isNull();
            assertThat(seen).as("the other process got the lock only once a's batch was complete")
                    .isEqualTo(Files.size(file) + " true");
            assertThat(child.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertWholeJsonLines(file, 150);
    }
}
