package org.copydesk.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.copydesk.api.Input;
import org.copydesk.runtime.builtin.DirectoryInputFactory;
import org.copydesk.runtime.builtin.JsonlOutputFactory;
import org.copydesk.runtime.config.EnvInterpolator;
import org.copydesk.runtime.config.PipelineParser;
import org.copydesk.runtime.config.YamlReader;
import org.copydesk.runtime.plugin.StageRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineRunnerTest {
    @TempDir
    Path dir;

    private void drop(Path inbox, String name, String content) throws Exception {
        Path tmp = dir.resolve("staging-" + name);
        Files.writeString(tmp, content);
        Files.move(tmp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(20);
        }
    }

    private static long count(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
        } catch (Exception e) {
            return 0;
        }
    }

    @Test
    void aStopThatGivesUpOnASlowStepRefusesWhatIsLeftInsteadOfDeadLetteringOrWritingToClosedOutputs()
            throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path out = dir.resolve("out/stories.jsonl");
        TestStages.UpperStepFactory.SLOW_STARTED = new java.util.concurrent.CountDownLatch(1);
        drop(inbox, "a-slow.txt", "Long story\nA SLOW body.");
        PipelineRunner runner = runner(inbox, "[{type: jsonl, path: " + out + "}]", 1);
        runner.start();
        assertThat(TestStages.UpperStepFactory.SLOW_STARTED.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        for (String name : List.of("b.txt", "c.txt", "d.txt")) {
            drop(inbox, name, "Story " + name + "\nA body.");
        }
        await(() -> runner.queueDepth() == 3); // the input has read them: they wait behind the slow one

        assertThat(runner.stop(Duration.ofMillis(300))).as("the slow step outlasts the stop").isFalse();
        // the interrupted worker has left by the time stop returns (it used to go on after the outputs were closed)
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("copydesk-runner-test-worker")
                && t.isAlive());
        Thread.sleep(500); // room for anything a straggler would still do

        // nothing was kept as a failure: neither the interrupted story nor the queued ones (closed outputs)
        assertThat(count(dir.resolve("data/dead-letter/runner-test"), ".error.json")).isZero();
        assertThat(Files.exists(out) ? Files.readAllLines(out) : List.<String>of()).isEmpty();
        // and nothing is lost: every file is still in the inbox, offered again at the next start
        for (String name : List.of("a-slow.txt", "b.txt", "c.txt", "d.txt")) {
            assertThat(inbox.resolve(name)).as(name).exists();
            assertThat(inbox.resolve(".done/" + name)).as(name).doesNotExist();
        }
    }

    @Test
    void aStopThatGivesUpLeavesAWorkerThatIsWritingAloneSoTheStoryIsWrittenNotDeadLettered() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path out = dir.resolve("out/stories.jsonl");
        TestStages.RecordingOutputFactory.WRITES.clear();
        drop(inbox, "a.txt", "Story A\nA body.");
        // the first output takes 2 s: the stop below gives up while the worker is inside it
        PipelineRunner runner = runner(inbox, "[{type: recording, delay_ms: 2000}, {type: jsonl, path: " + out + "}]", 1);
        runner.start();
        Thread.sleep(700);

        assertThat(runner.stop(Duration.ofMillis(300))).isFalse();

        // an interrupt there closed the jsonl file under the write and dead-lettered the story (second review)
        assertThat(count(dir.resolve("data/dead-letter/runner-test"), ".error.json")).isZero();
        assertThat(TestStages.RecordingOutputFactory.WRITES).containsExactly(List.of("STORY A"));
        assertThat(Files.readAllLines(out)).hasSize(1).allSatisfy(l -> assertThat(l).contains("\"headline\":\"STORY A\""));
        assertThat(inbox.resolve(".done/a.txt")).exists();
    }

    @Test
    void aStopThatGivesUpAnswersEveryQueuedPayloadOnce() throws Exception {
        // an input that counts the answers of each payload it submits, as http push waits for them
        Map<String, List<String>> answers = new java.util.concurrent.ConcurrentHashMap<>();
        Input counting = new Input() {
            @Override
            public void start(org.copydesk.api.InputContext context) {
                Thread submitter = new Thread(() -> submitAll(context), "counting-input");
                submitter.setDaemon(true);
                submitter.start();
            }

            private void submitAll(org.copydesk.api.InputContext context) {
                for (String name : List.of("slow", "b", "c", "d")) {
                    String body = name.equals("slow") ? "A SLOW body." : "A body.";
                    org.copydesk.api.Payload payload = new org.copydesk.api.Payload(
                            ("Story " + name + "\n" + body).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            "test:" + name, java.time.Instant.now());
                    answers.put(name, new java.util.concurrent.CopyOnWriteArrayList<>());
                    try {
                        context.submit(payload, new org.copydesk.api.Acknowledgement() {
                            public void ack() {
                                answers.get(name).add("ack");
                            }

                            public void nack(Throwable error) {
                                answers.get(name).add("nack");
                            }
                        });
                        if (name.equals("slow")) {
                            // the rest queue up behind it (else a worker could take all four in one batch)
                            TestStages.UpperStepFactory.SLOW_STARTED.await();
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }

            @Override
            public void stop() {
            }

            @Override
            public boolean awaitStop(Duration timeout) {
                return true;
            }
        };
        TestStages.UpperStepFactory.SLOW_STARTED = new java.util.concurrent.CountDownLatch(1);
        PipelineRunner runner = runner(dir.resolve("unused"), "[{type: jsonl, path: " + dir.resolve("out.jsonl") + "}]",
                1, counting);
        runner.start();
        assertThat(TestStages.UpperStepFactory.SLOW_STARTED.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        await(() -> runner.queueDepth() == 3);

        assertThat(runner.stop(Duration.ofMillis(300))).isFalse();

        // before, the three queued payloads were never answered once the stop had given up on the worker
        assertThat(answers).containsOnlyKeys("slow", "b", "c", "d");
        answers.forEach((name, a) -> assertThat(a).as(name).containsExactly("nack"));
    }

    @Test
    void goodFilesAreWrittenThenMovedBadOnesAreDeadLettered() throws Exception {
        Path inbox = dir.resolve("inbox");
        Path out = dir.resolve("out/stories.jsonl");
        Path data = dir.resolve("data");
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, """
                name: runner-test
                workers: 2
                input: {type: directory, path: %s, settle: 100ms, poll: 50ms, format: lines}
                steps: [{type: upper, label: l}]
                outputs: [{type: jsonl, path: %s}]
                """.formatted(inbox, out));
        StageRegistry registry = StageRegistry.of(List.of(new TestStages.LinesFormatFactory(),
                new TestStages.UpperStepFactory(), new DirectoryInputFactory(), new JsonlOutputFactory()));
        PipelineAssembler assembler = new PipelineAssembler(registry, data, Clock.systemUTC());
        ValidatedPipeline vp = assembler.validate(
                new PipelineParser(new YamlReader(new EnvInterpolator(Map.<String, String>of()::get))).parse(file));
        Files.createDirectories(inbox);
        drop(inbox, "a.txt", "First story\nA body.");
        drop(inbox, "b.txt", "BAD file\nnot a story");
        drop(inbox, "c.txt", "Third\nThis body will FAIL in the step.");
        drop(inbox, "d.txt", "EMPTY container\nwith no stories");
        Files.writeString(inbox.resolve(".hidden"), "Hidden\nnever read");
        Files.writeString(inbox.resolve("d.txt.part"), "Partial\nstill being written");

        Input input = assembler.createInput(vp);
        PipelineRunner runner = new PipelineRunner(assembler.create(vp), input, new DeadLetterStore(data, Clock.systemUTC()));
        runner.start();
        Path dead = data.resolve("dead-letter/runner-test");
        await(() -> Files.exists(inbox.resolve(".done/a.txt")) && Files.exists(inbox.resolve(".done/d.txt"))
                && count(dead, ".error.json") == 2);
        drop(inbox, "e.txt", "Late story\nArrives while running.");
        await(() -> Files.exists(inbox.resolve(".done/e.txt")));
        assertThat(runner.stop(Duration.ofSeconds(5))).isTrue();

        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        ObjectMapper mapper = new ObjectMapper();
        assertThat(lines.stream().map(l -> {
            try {
                return mapper.readTree(l).get("headline").asText();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        })).containsExactlyInAnyOrder("FIRST STORY", "LATE STORY");

        // Failed files leave the inbox: their bytes are in the dead-letter store with the reason beside them.
        assertThat(inbox.resolve("b.txt")).doesNotExist();
        assertThat(inbox.resolve("c.txt")).doesNotExist();
        assertThat(inbox.resolve(".done/b.txt")).doesNotExist();
        assertThat(inbox.resolve(".hidden")).exists();
        assertThat(inbox.resolve("d.txt.part")).exists();
        List<JsonNode> errors;
        try (Stream<Path> s = Files.list(dead)) {
            errors = s.filter(p -> p.toString().endsWith(".error.json")).sorted().map(p -> {
                try {
                    return mapper.readTree(p.toFile());
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).toList();
        }
        assertThat(errors).extracting(e -> e.get("stage").asText())
                .containsExactlyInAnyOrder("format 'lines'", "step 'upper'");
        JsonNode formatError = errors.stream().filter(e -> e.get("stage").asText().startsWith("format")).findFirst().orElseThrow();
        assertThat(formatError.get("message").asText()).isEqualTo("not a story: starts with BAD");
        assertThat(formatError.get("source").asText()).endsWith("b.txt");
        assertThat(formatError.get("pipeline").asText()).isEqualTo("runner-test");
        assertThat(formatError.get("attempts").asInt()).isEqualTo(1);
        // The payload's transport attributes are kept, so a replay hands the format the same payload.
        assertThat(formatError.get("attributes").get("file.name").asText()).isEqualTo("b.txt");
        Path content = dead.resolve(formatError.get("content").asText());
        assertThat(Files.readString(content)).isEqualTo("BAD file\nnot a story");
        assertThat(runner.documentsWritten()).isEqualTo(2);
        assertThat(runner.failures()).isEqualTo(2);
    }

    /** An inbox holding stories s00.txt, s01.txt, ... ("Story 0", "Story 1", ...). */
    private Path inboxWithStories(int n) throws Exception {
        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        for (int i = 0; i < n; i++) {
            drop(inbox, "s%02d.txt".formatted(i), "Story %d\nA body.".formatted(i));
        }
        return inbox;
    }

    /** A runner over the test stages, reading {@code inbox}, with the given outputs and workers. */
    private PipelineRunner runner(Path inbox, String outputs, int workers) throws Exception {
        return runner(inbox, outputs, workers, null);
    }

    /** The same with another input than the pipeline's directory input, when {@code input} is not null. */
    private PipelineRunner runner(Path inbox, String outputs, int workers, Input input) throws Exception {
        Path data = dir.resolve("data");
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, """
                name: runner-test
                workers: %d
                input: {type: directory, path: %s, settle: 0ms, poll: 50ms, format: lines, readers: 1}
                steps: [{type: upper, label: l}]
                outputs: %s
                """.formatted(workers, inbox, outputs));
        StageRegistry registry = StageRegistry.of(List.of(new TestStages.LinesFormatFactory(),
                new TestStages.UpperStepFactory(), new DirectoryInputFactory(), new JsonlOutputFactory(),
                new TestStages.RecordingOutputFactory()));
        PipelineAssembler assembler = new PipelineAssembler(registry, data, Clock.systemUTC());
        ValidatedPipeline vp = assembler.validate(
                new PipelineParser(new YamlReader(new EnvInterpolator(Map.<String, String>of()::get))).parse(file));
        return new PipelineRunner(assembler.create(vp), input != null ? input : assembler.createInput(vp),
                new DeadLetterStore(data, Clock.systemUTC()));
    }

    @Test
    void queuedPayloadsAreWrittenTogetherEachOnceAndEachAcknowledged() throws Exception {
        TestStages.RecordingOutputFactory.WRITES.clear();
        Path inbox = inboxWithStories(40);
        PipelineRunner runner = runner(inbox, "[{type: recording, delay_ms: 30}]", 1);
        runner.start();
        await(() -> count(inbox.resolve(".done"), ".txt") == 40);
        assertThat(runner.stop(Duration.ofSeconds(5))).isTrue();

        List<List<String>> writes = TestStages.RecordingOutputFactory.WRITES;
        assertThat(writes.stream().flatMap(List::stream).sorted().toList())
                .isEqualTo(java.util.stream.IntStream.range(0, 40).mapToObj(i -> "STORY " + i).sorted().toList());
        // 40 stories queue up behind a slow output and one worker: it takes what is queued along with each payload,
        // one write per batch (a queue of 4 for one worker: batches of up to 5)
        assertThat(writes.size()).isLessThanOrEqualTo(20);
        assertThat(writes).allMatch(w -> w.size() <= PipelineRunner.MAX_BATCH);
        assertThat(runner.documentsWritten()).isEqualTo(40);
        assertThat(runner.payloadsDone()).isEqualTo(40);
    }

    @Test
    void documentsAnOutputRefusesForGoodAreKeptAsDeadLettersPerPayload() throws Exception {
        Path inbox = inboxWithStories(3);
        PipelineRunner runner = runner(inbox, "[{type: recording, fail: true}]", 1);
        runner.start();
        Path dead = dir.resolve("data/dead-letter/runner-test");
        await(() -> count(dead, ".error.json") == 3 && count(inbox.resolve(".done"), ".txt") == 3);
        assertThat(runner.stop(Duration.ofSeconds(5))).isTrue();

        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> errors;
        try (Stream<Path> s = Files.list(dead)) {
            errors = s.filter(p -> p.toString().endsWith(".error.json")).map(p -> {
                try {
                    return mapper.readTree(p.toFile());
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).toList();
        }
        assertThat(errors).allSatisfy(e -> {
            assertThat(e.get("stage").asText()).isEqualTo("output 'recording'");
            assertThat(e.get("message").asText()).contains("the recording output is set to fail");
            assertThat(e.get("attempts").asInt()).isEqualTo(4);
        });
        // each payload's own document, under its own source
        assertThat(errors).extracting(e -> e.get("source").asText().replaceAll(".*/", ""))
                .containsExactlyInAnyOrder("s00.txt", "s01.txt", "s02.txt");
        assertThat(count(dead, ".document.json")).isEqualTo(3);
        assertThat(runner.documentsWritten()).isZero();
        assertThat(runner.failures()).isEqualTo(3);
    }

    @Test
    void aPluginErrorInAStepDeadLettersItsPayloadAndTheWorkerGoesOn() throws Exception {
        Path inbox = inboxWithStories(2);
        drop(inbox, "x.txt", "Broken plugin\nThis body hits a LINKAGE problem.");
        PipelineRunner runner = runner(inbox, "[{type: jsonl, path: %s}]".formatted(dir.resolve("out.jsonl")), 1);
        runner.start();
        Path dead = dir.resolve("data/dead-letter/runner-test");
        await(() -> Files.exists(inbox.resolve(".done/s00.txt")) && Files.exists(inbox.resolve(".done/s01.txt"))
                && count(dead, ".error.json") == 1);
        drop(inbox, "y.txt", "Later story\nA body.");
        await(() -> Files.exists(inbox.resolve(".done/y.txt")));
        assertThat(runner.stop(Duration.ofSeconds(5))).isTrue();
        assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).hasSize(3);
        assertThat(inbox.resolve("x.txt")).doesNotExist();
        JsonNode error;
        try (Stream<Path> s = Files.list(dead)) {
            error = new ObjectMapper().readTree(s.filter(p -> p.toString().endsWith(".error.json")).findFirst()
                    .orElseThrow().toFile());
        }
        assertThat(error.get("stage").asText()).isEqualTo("step 'upper'");
        assertThat(error.get("error").asText()).isEqualTo("java.lang.NoClassDefFoundError");
        assertThat(error.get("message").asText()).isEqualTo("com/example/shaded/Missing");
    }

    @Test
    void anErrorWhileWritingLeavesItsPayloadForLaterAndTheWorkerGoesOn() throws Exception {
        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        drop(inbox, "a.txt", "Assert me\nThe output throws an Error on this one.");
        TestStages.RecordingOutputFactory.WRITES.clear();
        PipelineRunner runner = runner(inbox, "[{type: recording}]", 1);
        runner.start();
        Thread.sleep(500); // the first batch is tried and refused
        drop(inbox, "b.txt", "Good story\nA body.");
        await(() -> Files.exists(inbox.resolve(".done/b.txt")));
        assertThat(runner.stop(Duration.ofSeconds(5))).isTrue();
        // refused, not acknowledged: it stays in the inbox to be offered again, and nothing was lost
        assertThat(inbox.resolve("a.txt")).exists();
        assertThat(TestStages.RecordingOutputFactory.WRITES).contains(List.of("GOOD STORY"));
    }

    @Test
    void aDocumentNoOutputCanEncodeIsKeptAloneAndTheRestOfItsBatchIsWritten() throws Exception {
        Path inbox = inboxWithStories(6);
        drop(inbox, "s03.txt", "Story 3\nA step left a NULLQUOTE in this one.");
        Path out = dir.resolve("out.jsonl");
        PipelineRunner runner = runner(inbox, "[{type: jsonl, path: %s}]".formatted(out), 1);
        runner.start();
        Path dead = dir.resolve("data/dead-letter/runner-test");
        await(() -> count(inbox.resolve(".done"), ".txt") == 6 && count(dead, ".error.json") == 1);
        assertThat(runner.stop(Duration.ofSeconds(5))).isTrue();
        assertThat(Files.readAllLines(out)).hasSize(5);
        assertThat(inbox.resolve("s03.txt")).doesNotExist(); // kept (and archived), not offered again and again
        // what is kept is the payload's own bytes: the document itself cannot be written as JSON
        try (Stream<Path> s = Files.list(dead)) {
            Path content = s.filter(p -> p.getFileName().toString().endsWith("s03.txt")).findFirst().orElseThrow();
            assertThat(Files.readString(content)).contains("NULLQUOTE");
        }
    }

    @Test
    void aPipelineWhoseInputCannotStartLeavesNoWorkerRunning() throws Exception {
        Path inbox = dir.resolve("inbox");
        Files.writeString(inbox, "a file where the inbox folder should be");
        PipelineRunner runner = runner(inbox, "[{type: jsonl, path: %s}]".formatted(dir.resolve("out.jsonl")), 3);
        org.assertj.core.api.Assertions.assertThatThrownBy(runner::start).isInstanceOf(java.io.IOException.class);
        await(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().startsWith("copydesk-runner-test-worker-") && t.isAlive()));
    }
}
